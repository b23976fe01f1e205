using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// Writes a <see cref="SearchQuery"/> as an FTS5 <c>MATCH</c> expression in which every word and phrase is a quoted
/// string (so FTS5 reads no operator, column filter or special character from user text) and every clause is
/// parenthesized (so FTS5's operator precedence never matters). The expression is passed as a parameter.
/// </summary>
internal static class Fts5QueryRenderer
{
    /// <summary>The expression; the query must not be empty.</summary>
    public static string Render(SearchQuery query)
    {
        var expression = string.Join(" AND ", query.Required.Select(n => "(" + Node(n) + ")"));
        foreach (var excluded in query.Excluded)
        {
            // FTS5's NOT is binary ("a NOT b"): each exclusion wraps what came before.
            expression = "(" + expression + ") NOT (" + Node(excluded) + ")";
        }

        return expression;
    }

    private static string Node(SearchNode node) => node switch
    {
        SearchTerm { Prefix: true } term => Quote(term.Word) + "*",
        SearchTerm term => Quote(term.Word),
        SearchPhrase phrase => Quote(string.Join(' ', phrase.Words)),
        // BM25 adds up every phrase of the expression: the typed option listed once more counts twice, above its synonyms.
        SearchAny { Typed: { } typed } any => "(" + string.Join(" OR ", any.Options.Prepend(typed).Select(Node)) + ")",
        SearchAny any => "(" + string.Join(" OR ", any.Options.Select(Node)) + ")",
        SearchAll all => "(" + string.Join(" AND ", all.Clauses.Select(c => "(" + Node(c) + ")")) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown search node."),
    };

    // An FTS5 string is double-quoted with embedded quotes doubled; words never contain one, but nothing here relies on it.
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
