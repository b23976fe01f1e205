using System.Data.Common;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Searching in two statements: one pass over the matches ranks the page (and, when asked, counts the facets from the
/// same materialized matches), then one statement describes and highlights only the hits of the page.
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
            var first = Math.Clamp(request.First, 1, SearchRequest.MaxPageSize);
            if (!request.IncludeFacets)
            {
                var positions = await RankAsync(request, first, cancellationToken);
                return new SearchPage(await DescribeAsync(request, positions.Take(first).ToList(), cancellationToken), positions.Count > first, null, null, null);
            }

            var (ranked, total, types, topics) = await RankAndCountAsync(request, first, cancellationToken);
            return new SearchPage(await DescribeAsync(request, ranked.Take(first).ToList(), cancellationToken), ranked.Count > first, total, types, topics);
        }
        catch (DbException e)
        {
            throw Sanitized(e);
        }
    }

    /// <summary>
    /// SQL selecting <c>doc_id</c> and <c>score</c> (higher is better) of every document of <paramref name="scope"/> that
    /// matches <paramref name="query"/>. Every word goes in as a parameter.
    /// </summary>
    private protected abstract string MatchSource(SearchScope scope, SearchQuery query, SearchParameters parameters);

    /// <summary>
    /// SQL selecting, for each of <paramref name="documentIds"/>, <c>doc_id</c> and the title, tags, summary and body with
    /// matches of <paramref name="query"/> between <see cref="SearchHighlight.Start"/> and <see cref="SearchHighlight.End"/>
    /// (long fields cut to a snippet), as columns <c>t</c>, <c>g</c>, <c>s</c>, <c>b</c>.
    /// </summary>
    private protected abstract string MarkSource(SearchScope scope, SearchQuery query, IReadOnlyList<long> documentIds, SearchParameters parameters);

    // Later pages: the ranking alone. Documents are joined only to filter, since that costs a lookup per match.
    private async Task<List<SearchPosition>> RankAsync(SearchRequest request, int first, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, parameters);
        var conditions = Filters(request, parameters, byType: true, byTopic: true, "d");
        var joinDocuments = conditions.Count > 0;
        conditions.AddRange(After(request, parameters));
        var sql = $"SELECT m.doc_id, m.score FROM ({match}) m"
            + (joinDocuments ? " JOIN search_documents d ON d.doc_id = m.doc_id" : "")
            + Where(conditions)
            + $" ORDER BY m.score DESC, m.doc_id LIMIT {parameters.Add((long)first + 1)}";
        return await Sql.QueryAsync(sql, r => new SearchPosition(r.GetDouble(1), r.GetInt64(0)), cancellationToken, parameters.ToArray());
    }

    // A first page: one pass over the matches, materialized once, gives the page and the facets. Type counts apply the
    // topic filter and topic counts the type filter (disjunctive facets); the total is the type counts of the chosen types.
    private async Task<(List<SearchPosition> Ranked, int Total, IReadOnlyList<SearchFacet> Types, IReadOnlyList<SearchFacet> Topics)> RankAndCountAsync(
        SearchRequest request, int first, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var match = MatchSource(request.Scope, request.Query, parameters);
        var excluded = Filters(request with { ContentTypes = null, Topics = null }, parameters, byType: false, byTopic: false, "d");
        var byTopic = Filters(request with { ExcludedItems = null }, parameters, byType: false, byTopic: true, "m");
        var byType = Filters(request with { ExcludedItems = null }, parameters, byType: true, byTopic: false, "m");
        var page = Filters(request with { ExcludedItems = null }, parameters, byType: true, byTopic: true, "m");
        page.AddRange(After(request, parameters));
        var sql = $"""
            WITH m AS MATERIALIZED (SELECT x.doc_id, x.score, d.content_type FROM ({match}) x JOIN search_documents d ON d.doc_id = x.doc_id{Where(excluded)})
            SELECT 0, m.content_type, COUNT(*), CAST(NULL AS BIGINT), CAST(NULL AS DOUBLE PRECISION) FROM m{Where(byTopic)} GROUP BY m.content_type
            UNION ALL
            SELECT 1, t.topic, COUNT(*), NULL, NULL FROM m JOIN search_document_topics t ON t.doc_id = m.doc_id{Where(byType)} GROUP BY t.topic
            UNION ALL
            SELECT 2, NULL, NULL, p.doc_id, p.score FROM (SELECT m.doc_id, m.score FROM m{Where(page)} ORDER BY m.score DESC, m.doc_id LIMIT {parameters.Add((long)first + 1)}) p
            """;
        var rows = await Sql.QueryAsync(
            sql,
            r => (Kind: r.GetInt64(0), Facet: r.IsDBNull(1) ? null : new SearchFacet(r.GetString(1), (int)r.GetInt64(2)), Position: r.IsDBNull(3) ? default : new SearchPosition(r.GetDouble(4), r.GetInt64(3))),
            cancellationToken,
            parameters.ToArray());
        var ranked = rows.Where(r => r.Kind == 2).Select(r => r.Position).OrderByDescending(p => p.Score).ThenBy(p => p.DocumentId).ToList();
        var types = Ordered(rows.Where(r => r.Kind == 0).Select(r => r.Facet!));
        var topics = Ordered(rows.Where(r => r.Kind == 1).Select(r => r.Facet!));
        var total = types.Where(t => request.ContentTypes is not { Count: > 0 } chosen || chosen.Contains(t.Value)).Sum(t => t.Count);
        return (ranked, total, types, topics);
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

    private static IEnumerable<string> After(SearchRequest request, SearchParameters parameters)
    {
        if (request.After is { } after)
        {
            var (score, id) = (parameters.Add(after.Score), parameters.Add(after.DocumentId));
            yield return $"(m.score < {score} OR (m.score = {score} AND m.doc_id > {id}))";
        }
    }

    private static string Where(List<string> conditions) => conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : "";

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SearchFacet[] Ordered(IEnumerable<SearchFacet> facets) =>
        [.. facets.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
