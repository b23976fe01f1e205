using System.Text;

namespace TraumaBondCms.Core.Diff;

/// <summary>Renders diff segments for people: HTML for the review UI and API, marked-up plain text for logs. Pure and thread-safe.</summary>
public static class DiffRendering
{
    /// <summary>
    /// HTML: equal text as is, deleted text in <c>&lt;del&gt;</c>, inserted text in <c>&lt;ins&gt;</c>. Every
    /// piece of text is HTML-encoded (<c>&amp; &lt; &gt; " '</c>), since it is untrusted content; nothing else
    /// is added, so line breaks stay characters (style the container with <c>white-space: pre-wrap</c>).
    /// The output is safe inside an element's content and inside a quoted attribute value.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is null.</exception>
    public static string ToHtml(IEnumerable<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var tag = segment.Operation switch
            {
                DiffOperation.Insert => "ins",
                DiffOperation.Delete => "del",
                _ => null,
            };
            if (tag is not null)
            {
                html.Append('<').Append(tag).Append('>');
            }

            AppendEncoded(html, segment.Text);
            if (tag is not null)
            {
                html.Append("</").Append(tag).Append('>');
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// Both versions in one plain text for logs, in the style of <c>git diff --word-diff=plain</c>: equal
    /// text as is, deleted text as <c>[-text-]</c>, inserted text as <c>{+text+}</c>. Markers inside the text are
    /// not escaped, so the output is for reading, not for parsing back.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> is null.</exception>
    public static string ToUnifiedText(IEnumerable<DiffSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            _ = segment.Operation switch
            {
                DiffOperation.Insert => text.Append("{+").Append(segment.Text).Append("+}"),
                DiffOperation.Delete => text.Append("[-").Append(segment.Text).Append("-]"),
                _ => text.Append(segment.Text),
            };
        }

        return text.ToString();
    }

    private static void AppendEncoded(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
