using System.Net;
using System.Text;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// Highlighted snippets travel from the engines as plain text with matches between two private-use characters
/// (<see cref="Start"/>, <see cref="End"/>), which indexed text never contains (<see cref="Clean"/> removes them), so
/// no engine ever writes HTML. <see cref="ToHtml"/> then escapes the text and turns the markers into
/// <c>&lt;mark&gt;</c> elements: a snippet is safe to insert into a page whatever the content says. Thread-safe.
/// </summary>
public static class SearchHighlight
{
    /// <summary>Marks the start of a match.</summary>
    public const char Start = '\uE000';

    /// <summary>Marks the end of a match.</summary>
    public const char End = '\uE001';

    /// <summary>
    /// Stands for <c>&lt;</c> while an engine makes a snippet: PostgreSQL's <c>ts_headline</c> drops anything that looks
    /// like an HTML tag, and content that quotes markup must keep it (escaped) in its snippet.
    /// </summary>
    public const char LessThan = '\uE002';

    /// <summary>Stands for <c>&gt;</c> while an engine makes a snippet (see <see cref="LessThan"/>).</summary>
    public const char GreaterThan = '\uE003';

    private static readonly char[] Reserved = [Start, End, LessThan, GreaterThan];

    /// <summary>Removes the characters reserved for snippets from text before it is indexed.</summary>
    public static string Clean(string text) =>
        text.IndexOfAny(Reserved) < 0 ? text : string.Concat(text.Where(c => Array.IndexOf(Reserved, c) < 0));

    /// <summary>True when <paramref name="marked"/> contains at least one match.</summary>
    public static bool HasMatch(string? marked) => marked is not null && marked.Contains(Start, StringComparison.Ordinal);

    /// <summary>
    /// HTML-escapes <paramref name="marked"/> and wraps each match in <c>&lt;mark&gt;</c>; line breaks become spaces.
    /// Unbalanced markers are closed or dropped, so the result is always well-formed.
    /// </summary>
    public static string ToHtml(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var segment = new StringBuilder();
        foreach (var c in marked)
        {
            if (c is Start or End)
            {
                html.Append(WebUtility.HtmlEncode(segment.ToString()));
                segment.Clear();
                if (c == Start && !open)
                {
                    html.Append("<mark>");
                    open = true;
                }
                else if (c == End && open)
                {
                    html.Append("</mark>");
                    open = false;
                }

                continue;
            }

            segment.Append(c switch { '\n' or '\r' => ' ', LessThan => '<', GreaterThan => '>', _ => c });
        }

        html.Append(WebUtility.HtmlEncode(segment.ToString()));
        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }
}
