using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TraumaBondCms.Core.Markdown;

/// <summary>
/// A Markdown field as an mdast syntax tree (https://github.com/syntax-tree/mdast), for apps that render natively
/// without an HTML parser: nested dictionaries of <c>type</c>, <c>children</c> and each node's fields
/// (<c>heading.depth</c>, <c>list.ordered</c>/<c>start</c>, <c>link.url</c>/<c>title</c>, <c>code.lang</c>, <c>value</c> of
/// literals). Parsed with the renderer's pipeline, so it says what the HTML says: raw HTML is text, unsafe link URLs are
/// empty. Thread-safe.
/// </summary>
public static class MarkdownSyntaxTree
{
    /// <summary>The mdast <c>root</c> node of <paramref name="markdown"/>.</summary>
    public static IReadOnlyDictionary<string, object?> From(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Node("root", Blocks(MarkdownRenderer.Parse(markdown)));
    }

    private static List<object?> Blocks(ContainerBlock container) => container.Select(Block).OfType<object>().ToList<object?>();

    private static Dictionary<string, object?>? Block(Block block) => block switch
    {
        HeadingBlock heading => Node("heading", Inlines(heading.Inline), ("depth", heading.Level)),
        ParagraphBlock paragraph => Node("paragraph", Inlines(paragraph.Inline)),
        ThematicBreakBlock => Node("thematicBreak"),
        QuoteBlock quote => Node("blockquote", Blocks(quote)),
        ListBlock list => Node(
            "list",
            list.OfType<ListItemBlock>().Select(item => (object?)Node("listItem", Blocks(item), ("spread", list.IsLoose))).ToList(),
            ("ordered", list.IsOrdered),
            ("start", list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : null),
            ("spread", list.IsLoose)),
        FencedCodeBlock fenced => Node("code", null, ("lang", string.IsNullOrEmpty(fenced.Info) ? null : fenced.Info), ("value", Lines(fenced))),
        CodeBlock code => Node("code", null, ("lang", null), ("value", Lines(code))),
        LeafBlock leaf => Node("paragraph", Inlines(leaf.Inline)),
        ContainerBlock container => Node("blockquote", Blocks(container)),
        _ => null,
    };

    private static List<object?> Inlines(ContainerInline? container)
    {
        var nodes = new List<object?>();
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var node = Inline(inline);
            // Adjacent text runs (Markdig splits text at special characters) merge into one text node, as mdast has them.
            if (node is { } current && current["type"] is "text" && nodes.Count > 0 && nodes[^1] is Dictionary<string, object?> { } previous && previous["type"] is "text")
            {
                previous["value"] = (string)previous["value"]! + (string)current["value"]!;
            }
            else if (node is not null)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    private static Dictionary<string, object?>? Inline(Inline inline) => inline switch
    {
        LiteralInline literal => Text(literal.Content.ToString()),
        CodeInline code => Node("inlineCode", null, ("value", code.Content)),
        LineBreakInline line => line.IsHard ? Node("break") : Text("\n"),
        EmphasisInline { DelimiterChar: '~' } strike => Node("delete", Inlines(strike)),
        EmphasisInline emphasis => Node(emphasis.DelimiterCount >= 2 ? "strong" : "emphasis", Inlines(emphasis)),
        LinkInline { IsImage: true } image => Node("image", null, ("url", image.Url ?? string.Empty), ("title", image.Title), ("alt", PlainText(image))),
        LinkInline link => Node("link", Inlines(link), ("url", link.Url ?? string.Empty), ("title", string.IsNullOrEmpty(link.Title) ? null : link.Title)),
        AutolinkInline auto => Node("link", [Text(auto.Url)], ("url", auto.IsEmail ? "mailto:" + auto.Url : auto.Url), ("title", null)),
        HtmlEntityInline entity => Text(entity.Transcoded.ToString()),
        HtmlInline html => Text(html.Tag),
        ContainerInline container => Node("emphasis", Inlines(container)),
        _ => null,
    };

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    private static string Lines(LeafBlock block) => string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));

    private static Dictionary<string, object?> Text(string value) => Node("text", null, ("value", value));

    private static Dictionary<string, object?> Node(string type, List<object?>? children = null, params (string Key, object? Value)[] fields)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = type };
        foreach (var (key, value) in fields)
        {
            node[key] = value;
        }

        if (children is not null)
        {
            node["children"] = children;
        }

        return node;
    }
}
