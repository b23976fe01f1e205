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

    /// <summary>Removes the marker characters from text before it is indexed.</summary>
    public static string Clean(string text) =>
        text.Contains(Start, StringComparison.Ordinal) || text.Contains(End, StringComparison.Ordinal)
            ? text.Replace(Start.ToString(), string.Empty, StringComparison.Ordinal).Replace(End.ToString(), string.Empty, StringComparison.Ordinal)
            : text;

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

            segment.Append(c is '\n' or '\r' ? ' ' : c);
        }

        html.Append(WebUtility.HtmlEncode(segment.ToString()));
        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }
}
