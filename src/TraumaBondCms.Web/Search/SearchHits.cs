using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Turns a node's hits into what a reader sees, from the database snapshot of the request: the item's published version
/// (public scope) or latest version (editorial), never the index's idea of it. A hit whose item has no such version any
/// more (withdrawn, deleted a moment ago, before this node's index caught up) is dropped; one whose version changed is
/// shown as it is now, with snippets of its current text. Thread-safe.
/// </summary>
internal static class SearchHits
{
    private const int SummaryWords = 40;
    private const int BodyWords = 30;

    /// <summary>The hits that are still there, in order, described for the response.</summary>
    public static async Task<List<SearchHitResponse>> DescribeAsync(IStoreSession session, IReadOnlyList<SearchHit> hits, SearchQuery query, SearchScope scope, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var selector = scope == SearchScope.Public ? VersionSelector.Published : VersionSelector.Latest;
        var versions = (await session.Content.GetManyAsync(hits.Select(h => h.ContentItemId).ToHashSet(StringComparer.Ordinal), selector, cancellationToken))
            .ToDictionary(v => v.ContentItemId, StringComparer.Ordinal);
        var documents = await session.Search.GetDocumentsAsync(versions.Values.Select(v => v.ContentItemVersionId).ToArray(), cancellationToken);
        // Each hit's text is marked the way the index read it: in its own language.
        var marksByLanguage = new Dictionary<SearchLanguage, SearchSnippets>();
        var described = new List<SearchHitResponse>(hits.Count);
        foreach (var hit in hits)
        {
            if (!versions.TryGetValue(hit.ContentItemId, out var version))
            {
                continue;
            }

            var language = SearchLanguage.For(version.Culture);
            var marks = marksByLanguage.TryGetValue(language, out var known) ? known : marksByLanguage[language] = SearchSnippets.For(query, language);
            var snippets = documents.TryGetValue(version.ContentItemVersionId, out var document) ? Snippets(marks, document) : [];
            var editorial = scope == SearchScope.Editorial;
            described.Add(new SearchHitResponse(
                version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, version.Slug, hit.Score, snippets,
                Partial: hit.Partial ? true : null, Status: editorial ? version.Status : null, Published: editorial ? version.Published : null)
            { Culture = version.Culture });
        }

        return described;
    }

    /// <summary>A pinned entry (a crisis resource, a topic): its published version with its summary as the snippet.</summary>
    public static SearchHitResponse Pinned(ContentItem item, string pinned)
    {
        var summary = item.Fields.GetString("summary") ?? item.Fields.GetString("description");
        IReadOnlyList<SearchSnippet> snippets = summary is null ? [] : [new SearchSnippet("summary", SearchHighlight.ToHtml(SearchHighlight.Clean(summary)))];
        return new SearchHitResponse(item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.DisplayText, item.Slug, null, snippets, Pinned: pinned) { Culture = item.Culture };
    }

    private static SearchSnippet[] Snippets(SearchSnippets marks, SearchDocument document)
    {
        var snippets = new List<SearchSnippet>(4);
        Add(snippets, "title", marks.Mark(document.Title));
        // Tags are one topic per line: show the topics that matched, not every topic of the item.
        var tags = document.Tags.Split('\n').Select(t => marks.Mark(t)).OfType<string>().ToArray();
        Add(snippets, "tags", tags.Length == 0 ? null : string.Join(" · ", tags));
        Add(snippets, "summary", marks.Mark(document.Summary, SummaryWords));
        Add(snippets, "body", marks.Mark(document.Body, BodyWords));
        return [.. snippets];
    }

    private static void Add(List<SearchSnippet> snippets, string field, string? marked)
    {
        if (SearchHighlight.HasMatch(marked))
        {
            snippets.Add(new SearchSnippet(field, SearchHighlight.ToHtml(marked!.Trim())));
        }
    }
}
