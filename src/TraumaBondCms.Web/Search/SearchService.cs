using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The application service behind <c>GET /api/search</c>: parses the query with the configured synonyms, flags crisis
/// queries and pins the crisis resources first, and searches one snapshot of the public or editorial index: the items that
/// match every word, followed, when they are fewer than <see cref="FewResults"/>, by the items that match some of the
/// meaningful words (<see cref="SearchQuery.Broaden"/>).
/// Counts zero-result queries when analytics are on. Never logs the query. Thread-safe.
/// </summary>
public sealed class SearchService(ICmsStore store, ContentDefinitionCache definitions, ZeroResultAnalytics analytics)
{
    /// <summary>Below this many items matching every word, items matching some of the words follow them.</summary>
    public const int FewResults = 5;

    /// <summary>Runs a search for <paramref name="actor"/>; the editorial scope needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<SearchResponse> SearchAsync(SearchInput input, CmsActor actor, CancellationToken cancellationToken = default)
    {
        using var measurement = Telemetry.SearchMeasurement.Start(input.Scope);
        if (input.Scope == SearchScope.Editorial && !actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Searching drafts");
        }

        foreach (var type in input.ContentTypes.Where(t => definitions.Catalog.Find(t) is null))
        {
            throw new SearchParameterException("type", $"type '{type}' is not a content type; known types: {string.Join(", ", definitions.Catalog.Types.Select(t => t.Name))}.");
        }

        SearchResponse response;
        bool crisis;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            var vocabulary = await SearchVocabulary.LoadAsync(session, cancellationToken);
            var query = SearchQueryParser.Parse(input.Query, vocabulary.Synonyms);
            crisis = vocabulary.RiskPhrases.Matches(input.Query);
            var request = new SearchRequest
            {
                Query = query,
                Scope = input.Scope,
                ContentTypes = input.ContentTypes,
                Topics = input.Topics,
                // Crisis resources are shown apart, first; leaving them out of the ranking keeps them from appearing twice.
                ExcludedItems = crisis ? vocabulary.CrisisResources.ToArray() : null,
                First = input.First,
            };
            var (total, exact, hits, facets, next) = await SearchTiersAsync(session, request, query.Broaden(), input.After, cancellationToken);
            var pinned = crisis && input.After is null ? await CrisisResourcesAsync(session, vocabulary.CrisisResources, cancellationToken) : [];
            response = new SearchResponse(crisis, total, [.. pinned, .. hits.Select(h => Describe(h.Hit, h.Partial, input.Scope == SearchScope.Editorial))], facets, next?.Encode(), exact);
        }

        if (response.Total == 0 && !crisis)
        {
            await analytics.RecordAsync(input.Query, cancellationToken);
        }

        return response;
    }

    // Tier 1 (every word) first. When it finds fewer than FewResults items, the pages go on with tier 2 (some of the
    // meaningful words, tier 1 excluded), so that a question phrased unlike the content still finds answers; a cursor
    // remembers the tier and whether to go on. The total and facets describe tier 1, or tier 2 when tier 1 is empty.
    private static async Task<(int? Total, bool? Exact, List<(SearchHit Hit, bool Partial)> Hits, SearchFacetsResponse? Facets, SearchCursor? Next)> SearchTiersAsync(
        IStoreSession session, SearchRequest strict, SearchQuery? broad, SearchCursor? after, CancellationToken cancellationToken)
    {
        var firstPage = after is null;
        var fill = after?.Fill ?? false;
        var hits = new List<(SearchHit, bool)>();
        int? total = null;
        bool? exact = null;
        SearchFacetsResponse? facets = null;
        if (after is null or { Tier: 1 })
        {
            var page = await session.Search.SearchAsync(strict with { After = after?.Position, IncludeFacets = firstPage }, cancellationToken);
            hits.AddRange(page.Hits.Select(h => (h, false)));
            (total, exact, facets) = (page.Total, firstPage ? page.CountsAreExact : null, Facets(page));
            fill = broad is not null && (firstPage ? page.Total < FewResults : fill);
            if (page.HasMore && page.Hits.Count > 0)
            {
                return (total, exact, hits, facets, new SearchCursor(1, fill, page.Hits[^1].Position));
            }

            if (!fill)
            {
                return (total, exact, hits, facets, null);
            }

            if (hits.Count == strict.First)
            {
                return (total, exact, hits, facets, new SearchCursor(2, true, null));
            }

            after = new SearchCursor(2, true, null);
        }

        var countBroad = firstPage && total == 0;
        var partial = await session.Search.SearchAsync(
            strict with { Query = broad!, First = strict.First - hits.Count, After = after.Position, IncludeFacets = countBroad },
            cancellationToken);
        hits.AddRange(partial.Hits.Select(h => (h, true)));
        if (countBroad)
        {
            (total, exact, facets) = (partial.Total, partial.CountsAreExact, Facets(partial));
        }

        return (total, exact, hits, facets, partial.HasMore && partial.Hits.Count > 0 ? new SearchCursor(2, true, partial.Hits[^1].Position) : null);
    }

    private static SearchFacetsResponse? Facets(SearchPage page) =>
        page.ContentTypes is { } types && page.Topics is { } topics ? new SearchFacetsResponse(types, topics) : null;

    // The configured resources that are published, in the configured order, with their summary as the snippet.
    private static async Task<SearchHitResponse[]> CrisisResourcesAsync(IStoreSession session, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var published = (await session.Content.GetManyAsync(ids.ToHashSet(StringComparer.Ordinal), VersionSelector.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return ids.Where(published.ContainsKey).Select(id =>
        {
            var item = published[id];
            var summary = item.Fields.GetString("summary");
            IReadOnlyList<SearchSnippet> snippets = summary is null ? [] : [new SearchSnippet("summary", SearchHighlight.ToHtml(SearchHighlight.Clean(summary)))];
            return new SearchHitResponse(item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.DisplayText, item.Slug, null, snippets, Pinned: "crisis");
        }).ToArray();
    }

    private static SearchHitResponse Describe(SearchHit hit, bool partial, bool editorial) =>
        new(hit.ContentItemId, hit.ContentItemVersionId, hit.ContentType, hit.DisplayText, hit.Slug, hit.Score, hit.Snippets,
            Partial: partial ? true : null, Status: editorial ? hit.Status : null, Published: editorial ? hit.Published : null);
}
