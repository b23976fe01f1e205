using System.Data.Common;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>Searching: rank one page, count facets, then describe and highlight only the hits of the page.</summary>
public abstract partial class SqlSearchIndex
{
    private static readonly string[] FieldNames = ["title", "tags", "summary", "body"];

    /// <inheritdoc />
    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        if (request.Query.IsEmpty)
        {
            return SearchPage.Empty;
        }

        try
        {
            var first = Math.Clamp(request.First, 1, SearchRequest.MaxPageSize);
            var ranked = await RankAsync(request, first, cancellationToken);
            var page = ranked.Take(first).ToList();
            var hits = await DescribeAsync(request, page, cancellationToken);
            if (!request.IncludeFacets)
            {
                return new SearchPage(hits, ranked.Count > first, null, null, null);
            }

            var (total, types, topics) = await CountFacetsAsync(request, cancellationToken);
            return new SearchPage(hits, ranked.Count > first, total, types, topics);
        }
        catch (DbException e)
        {
            throw Sanitized(e);
        }
    }

    /// <summary>
    /// SQL selecting <c>doc_id</c> (and, when <paramref name="withScore"/>, <c>score</c>: higher is better) of every
    /// document of <paramref name="scope"/> that matches <paramref name="query"/>. Every word goes in as a parameter.
    /// </summary>
    private protected abstract string MatchSource(SearchScope scope, SearchQuery query, bool withScore, SearchParameters parameters);

    /// <summary>
    /// For each of <paramref name="documentIds"/>, the text of the title, tags, summary and body fields with matches between
    /// <see cref="SearchHighlight.Start"/> and <see cref="SearchHighlight.End"/> (body and long fields cut to a snippet).
    /// </summary>
    private protected abstract Task<IReadOnlyDictionary<long, string?[]>> MarkAsync(SearchScope scope, SearchQuery query, IReadOnlyList<long> documentIds, CancellationToken cancellationToken);

    private async Task<List<SearchPosition>> RankAsync(SearchRequest request, int first, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, withScore: true, parameters);
        var conditions = Filters(request, parameters, byType: true, byTopic: true, "d");
        var joinDocuments = conditions.Count > 0;
        if (request.After is { } after)
        {
            var (score, id) = (parameters.Add(after.Score), parameters.Add(after.DocumentId));
            conditions.Add($"(m.score < {score} OR (m.score = {score} AND m.doc_id > {id}))");
        }

        var sql = $"SELECT m.doc_id, m.score FROM ({match}) m"
            + (joinDocuments ? " JOIN search_documents d ON d.doc_id = m.doc_id" : "")
            + (conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "")
            + $" ORDER BY m.score DESC, m.doc_id LIMIT {parameters.Add((long)first + 1)}";
        return await Sql.QueryAsync(sql, r => new SearchPosition(r.GetDouble(1), r.GetInt64(0)), cancellationToken, parameters.ToArray());
    }

    // One pass over the matches: the type counts apply the topic filter, the topic counts the type filter (disjunctive
    // facets), and the total is the type counts of the chosen types.
    private async Task<(int Total, IReadOnlyList<SearchFacet> Types, IReadOnlyList<SearchFacet> Topics)> CountFacetsAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, withScore: false, parameters);
        var excluded = Filters(request with { ContentTypes = null, Topics = null }, parameters, byType: false, byTopic: false, "d");
        var byTopic = Filters(request with { ExcludedItems = null }, parameters, byType: false, byTopic: true, "m");
        var byType = Filters(request with { ExcludedItems = null }, parameters, byType: true, byTopic: false, "m");
        var sql = $"""
            WITH m AS (SELECT d.doc_id, d.content_type FROM ({match}) x JOIN search_documents d ON d.doc_id = x.doc_id{Where(excluded)})
            SELECT 0, m.content_type, COUNT(*) FROM m{Where(byTopic)} GROUP BY m.content_type
            UNION ALL
            SELECT 1, t.topic, COUNT(*) FROM m JOIN search_document_topics t ON t.doc_id = m.doc_id{Where(byType)} GROUP BY t.topic
            """;
        var rows = await Sql.QueryAsync(sql, r => (Kind: r.GetInt64(0), Facet: new SearchFacet(r.GetString(1), (int)r.GetInt64(2))), cancellationToken, parameters.ToArray());
        var types = Ordered(rows.Where(r => r.Kind == 0).Select(r => r.Facet));
        var topics = Ordered(rows.Where(r => r.Kind == 1).Select(r => r.Facet));
        var total = types.Where(t => request.ContentTypes is not { Count: > 0 } chosen || chosen.Contains(t.Value)).Sum(t => t.Count);
        return (total, types, topics);
    }

    private async Task<IReadOnlyList<SearchHit>> DescribeAsync(SearchRequest request, List<SearchPosition> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var ids = page.Select(p => p.DocumentId).ToArray();
        var parameters = new SearchParameters();
        var rows = (await Sql.QueryAsync(
            $"""
            SELECT d.doc_id, d.content_item_id, d.content_item_version_id, d.content_type, v.display_text, v.slug, v.workflow_status, v.published
            FROM search_documents d JOIN content_versions v ON v.content_item_version_id = d.content_item_version_id
            WHERE d.doc_id IN ({parameters.AddList(ids)})
            """,
            r => (Id: r.GetInt64(0), ItemId: r.GetString(1), VersionId: r.GetString(2), Type: r.GetString(3), Display: r.GetString(4), Slug: r.IsDBNull(5) ? null : r.GetString(5), Status: r.GetString(6), Published: r.GetBoolean(7)),
            cancellationToken,
            parameters.ToArray())).ToDictionary(r => r.Id);
        var marks = await MarkAsync(request.Scope, request.Query, ids, cancellationToken);
        return page.Where(p => rows.ContainsKey(p.DocumentId)).Select(p =>
        {
            var row = rows[p.DocumentId];
            return new SearchHit
            {
                ContentItemId = row.ItemId,
                ContentItemVersionId = row.VersionId,
                ContentType = row.Type,
                DisplayText = row.Display,
                Slug = row.Slug,
                Status = row.Status,
                Published = row.Published,
                Score = p.Score,
                Position = p,
                Snippets = marks.TryGetValue(p.DocumentId, out var marked) ? Snippets(marked) : [],
            };
        }).ToArray();
    }

    private static SearchSnippet[] Snippets(string?[] marked)
    {
        var snippets = new List<SearchSnippet>();
        for (var i = 0; i < FieldNames.Length && i < marked.Length; i++)
        {
            var text = marked[i];
            if (i == 1 && text is not null)
            {
                // Tags are one topic per line: show the topics that matched, not every topic of the item.
                text = string.Join(" · ", text.Split('\n').Where(SearchHighlight.HasMatch));
            }

            if (SearchHighlight.HasMatch(text))
            {
                snippets.Add(new SearchSnippet(FieldNames[i], SearchHighlight.ToHtml(text!.Trim())));
            }
        }

        return [.. snippets];
    }

    private static List<string> Filters(SearchRequest request, SearchParameters parameters, bool byType, bool byTopic, string alias)
    {
        var conditions = new List<string>();
        if (request.ExcludedItems is { Count: > 0 } excluded)
        {
            conditions.Add($"{alias}.content_item_id NOT IN ({parameters.AddList(excluded.Distinct(StringComparer.Ordinal))})");
        }

        if (byType && request.ContentTypes is { Count: > 0 } types)
        {
            conditions.Add($"{alias}.content_type IN ({parameters.AddList(types.Distinct(StringComparer.Ordinal))})");
        }

        if (byTopic && request.Topics is { Count: > 0 } topics)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM search_document_topics f WHERE f.doc_id = {alias}.doc_id AND f.topic IN ({parameters.AddList(topics.Distinct(StringComparer.Ordinal))}))");
        }

        return conditions;
    }

    private static string Where(List<string> conditions) => conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "";

    private static SearchFacet[] Ordered(IEnumerable<SearchFacet> facets) =>
        [.. facets.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
