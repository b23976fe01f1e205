using TraumaBondCms.Core.Markdown;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>A Markdown field's value as the <c>MarkdownText</c> type shows it: the source, sanitized HTML (raw HTML disabled, unsafe links dropped) and plain text, rendered on demand.</summary>
public sealed class MarkdownValue(string markdown)
{
    /// <summary>The Markdown source.</summary>
    public string Markdown { get; } = markdown;

    /// <summary>The HTML, safe to insert into a page.</summary>
    public string Html => MarkdownRenderer.ToHtml(Markdown);

    /// <summary>The text without markup.</summary>
    public string PlainText => MarkdownRenderer.ToPlainText(Markdown);
}
