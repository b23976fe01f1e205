using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Safety;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// The application service behind <c>GET /api/search</c> and the GraphQL <c>search</c> field. It parses the query with the
/// configured synonyms; checks it against the risk rules and, when one matches, pins the crisis resources of the reader's
/// region first; makes sure this node's index holds every change committed before the search began (within
/// <see cref="SearchOptions.CatchUpBudget"/>); ranks on the index; tries the closest spellings when nothing matched; and
/// describes the hits from the request's database snapshot (<see cref="SearchHits"/>). A search that finds nothing gets
/// the region's crisis resources and topics to start from. In a reader's culture, the query is read in the languages of its
/// fallback chain, each item is found once in the best culture it has, that culture's risk rules apply too, and the crisis
/// lines that answer in the reader's language come first. Never logs the query. Thread-safe.
/// </summary>
public sealed class SearchService(
    ICmsStore store,
    ContentDefinitionCache definitions,
    ZeroResultAnalytics analytics,
    SearchIndexNode node,
    CrisisRoutingService crisisRouting,
    Localization.LocalizationCatalog localization,
    IOptions<SearchOptions> options)
{
    /// <summary>How many topics a search that found nothing offers.</summary>
    public const int FallbackTopics = 6;

    // A node further behind than this (a bulk import elsewhere) answers from its index as it is rather than wait.
    private const long MaxCatchUpWait = 5_000;

    /// <summary>Runs a search for <paramref name="actor"/> in its own snapshot; the editorial scope needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<SearchResponse> SearchAsync(SearchInput input, CmsActor actor, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await SearchAsync(input, actor, session, cancellationToken);
    }

    /// <summary>Runs a search describing hits from <paramref name="session"/> (a GraphQL request's snapshot).</summary>
    public async Task<SearchResponse> SearchAsync(SearchInput input, CmsActor actor, IStoreSession session, CancellationToken cancellationToken = default)
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

        var engine = await node.OpenAsync(null, cancellationToken);
        await CatchUpAsync(session, cancellationToken);
        var vocabulary = await SearchVocabulary.LoadAsync(session, cancellationToken);
        // Readers get their culture's chain, each item once; editors who name no culture search every culture.
        var everyCulture = input.Scope == SearchScope.Editorial && input.Culture is null;
        var cultures = everyCulture ? localization.Settings.Cultures.Select(c => c.Name).ToList() : localization.Chain(input.Culture);
        var synonyms = vocabulary.SynonymsFor(everyCulture ? null : cultures);
        var matched = vocabulary.EveryLanguageRiskRules.Where(r => r.Matches(input.Query)).Select(r => r.Language).Distinct().ToList();
        var crisis = matched.Count > 0;
        // Crisis lines that answer in the reader's language come first: the culture they named, else the language their words
        // were recognized in ("me quiero morir" typed with an English browser still routes to Spanish-speaking lines first).
        var routingCulture = input.Culture ?? (matched.Count > 0 && matched.All(l => l != SearchLanguage.English) ? matched[0].Code : null);
        var firstPage = input.After is null;
        CrisisRouting? routing = null;
        async Task<CrisisRouting> RoutingAsync() => routing ??= await crisisRouting.RouteAsync(input.Region, routingCulture, cancellationToken);
        var pinned = crisis && firstPage ? await CrisisResourcesAsync(session, vocabulary, await RoutingAsync(), cancellationToken) : [];
        var query = SearchQueryParser.Parse(input.Query, synonyms);
        var request = new SearchRequest
        {
            Query = query,
            Cultures = cultures,
            CollapseCultures = !everyCulture,
            Scope = input.Scope,
            ContentTypes = input.ContentTypes,
            Topics = input.Topics,
            // Crisis resources are shown apart, first; leaving them out of the ranking keeps them from appearing twice.
            ExcludedItems = crisis ? [.. pinned.Select(p => p.ContentItemId)] : null,
            First = input.First,
            After = input.After?.Position,
            IncludeFacets = firstPage,
            LastWordIsPrefix = input.Query.Length > 0 && !char.IsWhiteSpace(input.Query[^1]),
        };
        var page = engine.Search(request);
        string? suggestion = null;
        if (firstPage && page.Total == 0 && !crisis && Corrected(engine, input.Query) is { } corrected)
        {
            query = SearchQueryParser.Parse(corrected, synonyms);
            var second = engine.Search(request with { Query = query, LastWordIsPrefix = false });
            if (second.Total > 0)
            {
                (page, suggestion) = (second, corrected);
            }
        }

        measurement.SetTotal(page.Total);
        var hits = await SearchHits.DescribeAsync(session, page.Hits, query, input.Scope, cancellationToken);
        var fallback = firstPage && page.Total == 0 && !crisis;
        if (fallback)
        {
            pinned = [.. await CrisisResourcesAsync(session, vocabulary, await RoutingAsync(), cancellationToken), .. await TopicsAsync(session, cultures, cancellationToken)];
        }

        var facets = page.ContentTypes is { } types && page.Topics is { } topics ? new SearchFacetsResponse(types, topics) : null;
        var next = page.HasMore && page.Hits.Count > 0 ? new SearchCursor(page.Hits[^1].Position).Encode() : null;
        var response = new SearchResponse(
            crisis,
            firstPage ? page.Total : null,
            [.. pinned, .. hits],
            facets,
            next,
            firstPage ? true : null,
            suggestion,
            routing?.Region,
            fallback);
        if (page.Total == 0 && !crisis)
        {
            await analytics.RecordAsync(input.Query, cancellationToken);
        }

        return response;
    }

    // Read-your-writes: whatever was committed before this search's snapshot is applied first, unless the node is far
    // behind (then the index answers as it is, and hydration still drops what was withdrawn).
    private async Task CatchUpAsync(IStoreSession session, CancellationToken cancellationToken)
    {
        var budget = options.Value.CatchUpBudget;
        var applied = node.AppliedSequence;
        var last = (await session.Search.GetChangesAsync(applied, 0, cancellationToken)).LastSequence;
        if (budget > TimeSpan.Zero && last > applied && last - applied <= MaxCatchUpWait)
        {
            await node.WaitForAsync(last, budget, cancellationToken);
        }
    }

    // The query with each word the library does not use replaced by the closest one it does; null when nothing changed.
    private static string? Corrected(ISearchEngine engine, string typed)
    {
        var spans = SearchText.WordSpans(typed).ToArray();
        var words = spans.Select(s => SearchText.Fold(typed.Substring(s.Start, s.Length))).ToArray();
        if (words.Length == 0 || engine.Correct(words) is not { } corrected)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(typed);
        for (var i = spans.Length - 1; i >= 0; i--)
        {
            if (corrected[i] != words[i])
            {
                text.Remove(spans[i].Start, spans[i].Length).Insert(spans[i].Start, corrected[i]);
            }
        }

        return text.ToString();
    }

    // The region's crisis resources (routing: region, country, global, in the reader's culture and language first), those the
    // Search step allows (by id, or as a translation of one it names), published, in order.
    private static async Task<SearchHitResponse[]> CrisisResourcesAsync(IStoreSession session, SearchVocabulary vocabulary, CrisisRouting routing, CancellationToken cancellationToken)
    {
        var routed = routing.Resources.Select(r => r.ContentItemId).OfType<string>().ToList();
        var allowed = vocabulary.CrisisResources;
        var sets = allowed.Count == 0 ? [] : (await session.Content.GetManyAsync(routed.ToHashSet(StringComparer.Ordinal), VersionSelector.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, i => i.LocalizationSet, StringComparer.Ordinal);
        var chosen = allowed.Count == 0 ? routed
            : routed.Where(id => allowed.Contains(id, StringComparer.Ordinal) || (sets.TryGetValue(id, out var set) && allowed.Contains(set, StringComparer.Ordinal))).ToList();
        var ids = chosen.Count > 0 ? chosen : routed;
        var published = (await session.Content.GetManyAsync(ids.ToHashSet(StringComparer.Ordinal), VersionSelector.Published, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return [.. ids.Distinct(StringComparer.Ordinal).Where(published.ContainsKey).Select(id => SearchHits.Pinned(published[id], "crisis"))];
    }

    private static async Task<SearchHitResponse[]> TopicsAsync(IStoreSession session, IReadOnlyList<string> cultures, CancellationToken cancellationToken)
    {
        var topics = await session.Content.QueryAsync(
            new ContentQuery { ContentTypes = [SearchDocumentBuilder.TopicTaxonomy], Status = ContentStatusFilter.Published, First = FallbackTopics, OldestFirst = true, CountTotal = false, Cultures = cultures },
            cancellationToken);
        return [.. topics.Items.Select(t => SearchHits.Pinned(t, "topic"))];
    }
}
