using System.Data.Common;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Searching: one ranking pass over the matches (which, on a first page, also keeps the window the facets are counted
/// over), then one statement that describes and highlights only the hits of the page.
/// </summary>
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
            await FlushAsync(cancellationToken);
            var first = Math.Clamp(request.First, 1, SearchRequest.MaxPageSize);
            if (!request.IncludeFacets)
            {
                var positions = await RankAsync(request, first, cancellationToken);
                return new SearchPage(await DescribeAsync(request, positions.Take(first).ToList(), cancellationToken), positions.Count > first, null, null, null);
            }

            var window = await CountWindowAsync(request, first, cancellationToken);
            var ranked = window.Page ?? await RankAsync(request, first, cancellationToken);
            var hits = await DescribeAsync(request, ranked.Take(first).ToList(), cancellationToken);
            return new SearchPage(hits, ranked.Count > first, window.Total, window.Types, window.Topics, window.Exact);
        }
        catch (DbException e)
        {
            throw Sanitized(e);
        }
    }

    /// <summary>
    /// SQL selecting <c>doc_id</c> (and, when <paramref name="withScore"/>, <c>score</c>: higher is better) of every document
    /// of <paramref name="scope"/> that matches <paramref name="query"/>. Every word goes in as a parameter.
    /// </summary>
    private protected abstract string MatchSource(SearchScope scope, SearchQuery query, bool withScore, SearchParameters parameters);

    /// <summary>
    /// SQL selecting, for each of <paramref name="documentIds"/>, <c>doc_id</c> and the title, tags, summary and body with
    /// matches of <paramref name="query"/> between <see cref="SearchHighlight.Start"/> and <see cref="SearchHighlight.End"/>
    /// (long fields cut to a snippet), as columns <c>t</c>, <c>g</c>, <c>s</c>, <c>b</c>.
    /// </summary>
    private protected abstract string MarkSource(SearchScope scope, SearchQuery query, IReadOnlyList<long> documentIds, SearchParameters parameters);

    // One pass over the matches with scores; filters look in the narrow facet table, never in the wide document rows.
    private async Task<List<SearchPosition>> RankAsync(SearchRequest request, int first, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, withScore: true, parameters);
        var conditions = new List<string?> { Exclusion(request, parameters), TypeFilter(request, parameters), TopicFilter(request, parameters) };
        if (request.After is { } after)
        {
            var (score, id) = (parameters.Add(after.Score), parameters.Add(after.DocumentId));
            conditions.Add($"(m.score < {score} OR (m.score = {score} AND m.doc_id > {id}))");
        }

        var sql = $"SELECT m.doc_id, m.score FROM ({match}) m{Where(conditions)} ORDER BY m.score DESC, m.doc_id LIMIT {parameters.Add((long)first + 1)}";
        return await Sql.QueryAsync(sql, r => new SearchPosition(r.GetDouble(1), r.GetInt64(0)), cancellationToken, parameters.ToArray());
    }

    // A first page: one ranking pass keeps the best matches (the request's count window) (type and topic filters left out, exclusions in),
    // then counts facets over them: type counts with the topic filter, topic counts with the type filter (disjunctive
    // facets), the total as the type counts of the chosen types.
    private async Task<(List<SearchPosition>? Page, int Total, IReadOnlyList<SearchFacet> Types, IReadOnlyList<SearchFacet> Topics, bool Exact)> CountWindowAsync(
        SearchRequest request, int first, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, withScore: true, parameters);
        var exclusion = Exclusion(request, parameters);
        var windowSize = Math.Max(1, request.CountWindow);
        var window = parameters.Add((long)windowSize);
        var byTopic = TopicFilter(request, parameters);
        var byType = TypeFilter(request, parameters);
        // The page comes from the window only when it is the window's head: no filter narrows it, no cursor moves it, and
        // the window holds more than a page.
        var pageFromWindow = byType is null && byTopic is null && request.After is null && windowSize > first;
        // Unary plus keeps the planner from answering the OR with the (facet, value) index, which would read every facet row
        // of the database; a lookup per window row by document id is what is wanted.
        var facetCondition = $"(+f.facet = {TypeFacet}{(byTopic is null ? "" : " AND " + byTopic)}) OR (+f.facet = {TopicFacet}{(byType is null ? "" : " AND " + byType)})";
        var sql = $"""
            WITH w AS MATERIALIZED (SELECT m.doc_id, m.score FROM ({match}) m{Where([exclusion])} ORDER BY m.score DESC, m.doc_id LIMIT {window})
            SELECT 0 AS kind, f.facet, f.value, COUNT(*) AS n, CAST(NULL AS DOUBLE PRECISION) AS score FROM w m JOIN search_document_facets f ON f.doc_id = m.doc_id
            WHERE {facetCondition} GROUP BY f.facet, f.value
            UNION ALL
            SELECT 1, NULL, NULL, COUNT(*), NULL FROM w
            """;
        if (pageFromWindow)
        {
            sql += $" UNION ALL SELECT 2, NULL, NULL, p.doc_id, p.score FROM (SELECT doc_id, score FROM w ORDER BY score DESC, doc_id LIMIT {parameters.Add((long)first + 1)}) p";
        }

        var rows = await Sql.QueryAsync(
            sql,
            r => (Kind: r.GetInt64(0), Facet: r.IsDBNull(1) ? -1 : r.GetInt64(1), Value: r.IsDBNull(2) ? null : r.GetString(2), Number: r.GetInt64(3), Score: r.IsDBNull(4) ? 0 : r.GetDouble(4)),
            cancellationToken,
            parameters.ToArray());
        var types = Ordered(rows.Where(r => r.Kind == 0 && r.Facet == TypeFacet).Select(r => new SearchFacet(r.Value!, (int)r.Number)));
        var topics = Ordered(rows.Where(r => r.Kind == 0 && r.Facet == TopicFacet).Select(r => new SearchFacet(r.Value!, (int)r.Number)));
        var counted = rows.Where(r => r.Kind == 1).Select(r => r.Number).FirstOrDefault();
        var page = !pageFromWindow ? null : rows.Where(r => r.Kind == 2).Select(r => new SearchPosition(r.Score, r.Number)).OrderByDescending(p => p.Score).ThenBy(p => p.DocumentId).ToList();
        var total = types.Where(t => request.ContentTypes is not { Count: > 0 } chosen || chosen.Contains(t.Value)).Sum(t => t.Count);
        return (page, total, types, topics, counted < windowSize);
    }

    private async Task<IReadOnlyList<SearchHit>> DescribeAsync(SearchRequest request, List<SearchPosition> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        // Left-joined: a hit that matched only through words the snippets do not mark (a stop word, a ninth word) has no marks.
        var parameters = new SearchParameters();
        var ids = page.Select(p => p.DocumentId).ToArray();
        var marks = MarkSource(request.Scope, Highlighting(request.Query), ids, parameters);
        var rows = (await Sql.QueryAsync(
            $"""
            SELECT d.doc_id, k.t, k.g, k.s, k.b, d.content_item_id, d.content_item_version_id, d.content_type, v.display_text, v.slug, v.workflow_status, v.published
            FROM search_documents d
            JOIN content_versions v ON v.content_item_version_id = d.content_item_version_id
            LEFT JOIN ({marks}) k ON k.doc_id = d.doc_id
            WHERE d.doc_id IN ({parameters.AddList(ids)})
            """,
            r => (Id: r.GetInt64(0), Marked: new[] { Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4) }, ItemId: r.GetString(5), VersionId: r.GetString(6), Type: r.GetString(7),
                Display: r.GetString(8), Slug: Text(r, 9), Status: r.GetString(10), Published: r.GetBoolean(11)),
            cancellationToken,
            parameters.ToArray())).ToDictionary(r => r.Id);
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
                Snippets = Snippets(row.Marked),
            };
        }).ToArray();
    }

    // Snippets mark the words and phrases the reader asked for: a choice of the first distinct positive leaves, stop words
    // left out when anything else is there. Exclusions, the conjunction of a second tier and the hundreds of "the" in an
    // article only cost time there (the snippet function weighs every occurrence of every phrase) and mark nothing useful.
    private static SearchQuery Highlighting(SearchQuery query)
    {
        const int MaxMarked = 8;
        var all = query.Required.SelectMany(r => r.Leaves).Distinct().ToArray();
        var meaningful = all.Where(l => !StopWords.Covers(l)).ToArray();
        var leaves = (meaningful.Length > 0 ? meaningful : all).Take(MaxMarked).ToArray();
        return new SearchQuery([leaves.Length == 1 ? leaves[0] : new SearchAny(leaves)], []);
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

    // The items shown apart (pinned crisis resources): their documents, looked up once.
    private static string? Exclusion(SearchRequest request, SearchParameters parameters) =>
        request.ExcludedItems is { Count: > 0 } excluded
            ? $"m.doc_id NOT IN (SELECT e.doc_id FROM search_documents e WHERE e.content_item_id IN ({parameters.AddList(excluded.Distinct(StringComparer.Ordinal))}))"
            : null;

    private static string? TypeFilter(SearchRequest request, SearchParameters parameters) =>
        request.ContentTypes is { Count: > 0 } types ? FacetFilter(TypeFacet, types, parameters) : null;

    private static string? TopicFilter(SearchRequest request, SearchParameters parameters) =>
        request.Topics is { Count: > 0 } topics ? FacetFilter(TopicFacet, topics, parameters) : null;

    private static string FacetFilter(int facet, IReadOnlyList<string> values, SearchParameters parameters) =>
        $"EXISTS (SELECT 1 FROM search_document_facets x WHERE x.doc_id = m.doc_id AND x.facet = {facet} AND x.value IN ({parameters.AddList(values.Distinct(StringComparer.Ordinal))}))";

    private static string Where(IReadOnlyList<string?> conditions) =>
        conditions.Any(c => c is not null) ? " WHERE " + string.Join(" AND ", conditions.Where(c => c is not null)) : "";

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SearchFacet[] Ordered(IEnumerable<SearchFacet> facets) =>
        [.. facets.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
