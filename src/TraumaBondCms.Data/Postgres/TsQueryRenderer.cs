using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// Writes a <see cref="SearchQuery"/> as a PostgreSQL <c>tsquery</c> expression built with the tsquery operators
/// (<c>&amp;&amp;</c>, <c>||</c>, <c>!!</c>) from functions that read their argument as plain text: words through
/// <c>plainto_tsquery</c>, phrases through <c>phraseto_tsquery</c>, prefixes through <c>to_tsquery</c> on the quoted word
/// with <c>:*</c>. Every word is a parameter, so user text is never parsed as tsquery syntax or as SQL.
/// </summary>
internal static class TsQueryRenderer
{
    /// <summary>The text search configuration: English stemming after accent folding (migration 4).</summary>
    public const string Configuration = "tbcms_search";

    /// <summary>The expression; the query must not be empty.</summary>
    public static string Render(SearchQuery query, SearchParameters parameters)
    {
        var expression = "(" + string.Join(" && ", query.Required.Select(n => Node(n, parameters))) + ")";
        foreach (var excluded in query.Excluded)
        {
            expression += " && !!" + Node(excluded, parameters);
        }

        return expression;
    }

    private static string Node(SearchNode node, SearchParameters parameters) => node switch
    {
        // quote_literal makes the word one tsquery operand whatever it contains; the parser's words are letters and digits anyway.
        SearchTerm { Prefix: true } term => $"to_tsquery('{Configuration}', quote_literal({parameters.Add(term.Word)}) || ':*')",
        SearchTerm term => $"plainto_tsquery('{Configuration}', {parameters.Add(term.Word)})",
        SearchPhrase phrase => $"phraseto_tsquery('{Configuration}', {parameters.Add(string.Join(' ', phrase.Words))})",
        SearchAny any => "(" + string.Join(" || ", any.Options.Select(o => Node(o, parameters))) + ")",
        SearchAll all => "(" + string.Join(" && ", all.Clauses.Select(c => Node(c, parameters))) + ")",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown search node."),
    };
}
