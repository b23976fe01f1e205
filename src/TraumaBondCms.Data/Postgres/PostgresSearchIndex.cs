using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// The PostgreSQL search index: a weighted <c>tsvector</c> per document (title A, tags B, summary C, body D) in the
/// <c>tbcms_search</c> configuration (accent folding, English stemming), one partial GIN index per scope on the
/// membership flags, ranking by <c>ts_rank_cd</c> with weights, snippets by <c>ts_headline</c>. Membership is the flags
/// alone, so a change of flags is the whole index update.
/// </summary>
public sealed class PostgresSearchIndex(SqlRunner sql) : SqlSearchIndex(sql)
{
    /// <summary>The <c>ts_rank_cd</c> weights of D (body), C (summary), B (tags) and A (title).</summary>
    public const string Weights = "{0.05, 0.1, 0.2, 1.0}";

    private const string WholeField = "HighlightAll=true, StartSel=\uE000, StopSel=\uE001";
    private const string SummaryFragment = "StartSel=\uE000, StopSel=\uE001, MaxWords=40, MinWords=20, MaxFragments=1";
    private const string BodyFragments = "StartSel=\uE000, StopSel=\uE001, MaxWords=24, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /// <inheritdoc />
    private protected override string MatchSource(SearchScope scope, SearchQuery query, bool withScore, SearchParameters parameters)
    {
        var score = withScore ? $", ts_rank_cd('{Weights}'::real[], d.tsv, q.query)::float8 AS score" : "";
        return $"SELECT d.doc_id{score} FROM search_documents d CROSS JOIN (SELECT {TsQueryRenderer.Render(query, parameters)} AS query) q WHERE d.{FlagColumn(scope)} AND d.tsv @@ q.query";
    }

    /// <inheritdoc />
    private protected override string MarkSource(SearchScope scope, SearchQuery query, IReadOnlyList<long> documentIds, SearchParameters parameters)
    {
        var tsquery = TsQueryRenderer.Render(query, parameters);
        var (whole, summary, body) = (parameters.Add(WholeField), parameters.Add(SummaryFragment), parameters.Add(BodyFragments));
        var config = $"'{TsQueryRenderer.Configuration}'";
        // ts_headline drops what looks like an HTML tag; stand-ins for the angle brackets keep quoted markup as text.
        var angles = parameters.Add($"{SearchHighlight.LessThan}{SearchHighlight.GreaterThan}");
        string Text(string column) => $"translate(d.{column}, '<>', {angles})";
        return $"""
            SELECT d.doc_id, ts_headline({config}, {Text("title")}, q.query, {whole}) AS t, ts_headline({config}, {Text("tags")}, q.query, {whole}) AS g,
                   ts_headline({config}, {Text("summary")}, q.query, {summary}) AS s, ts_headline({config}, {Text("body")}, q.query, {body}) AS b
            FROM search_documents d CROSS JOIN (SELECT {tsquery} AS query) q
            WHERE d.doc_id IN ({parameters.AddList(documentIds)})
            """;
    }

    /// <inheritdoc />
    // Words are cut by the shared rule (SearchText) before PostgreSQL's parser sees them, so hyphenated words, e-mail
    // addresses and URLs are indexed as the same words SQLite and the query parser see.
    private protected override (string Column, string Expression)? DerivedColumn(SearchDocument document, SearchParameters parameters)
    {
        string Weighted(string text, char weight) =>
            $"setweight(to_tsvector('{TsQueryRenderer.Configuration}', {parameters.Add(SearchText.ToIndexText(text))}), '{weight}')";
        return ("tsv", $"{Weighted(document.Title, 'A')} || {Weighted(document.Tags, 'B')} || {Weighted(document.Summary, 'C')} || {Weighted(document.Body, 'D')}");
    }
}
