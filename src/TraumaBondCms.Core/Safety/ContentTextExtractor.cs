using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Splits an item's Text, Markdown, List, Link and Phone fields into what the safety rules read: plain-text blocks,
/// links, raw HTML and phone values. Markdown is parsed with HTML recognized (so raw HTML can be reported; readers never
/// get it rendered) and code spans and blocks left out of the text. Pure and thread-safe.
/// </summary>
public static partial class ContentTextExtractor
{
    private const int MaxHtmlShown = 80;

    // HTML recognition on, unlike the reader-facing renderer, so that raw HTML becomes HtmlInline/HtmlBlock nodes to report.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseEmphasisExtras().UseAutoLinks().Build();

    [GeneratedRegex(@"https?://[^\s<>""'`]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"[ \t]*\n[ \t]*")]
    private static partial Regex LineBreakWithSpaces();

    [GeneratedRegex(@"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--[\s\S]*?--)>")]
    private static partial Regex HtmlTag();

    /// <summary>Extracts the fields of <paramref name="type"/> present in <paramref name="fields"/>, except those named in <paramref name="skip"/>.</summary>
    public static ExtractedText Extract(ContentTypeDefinition type, ContentFields fields, IReadOnlySet<string>? skip = null)
    {
        var result = new Builder();
        foreach (var field in type.Fields)
        {
            if ((skip?.Contains(field.Name) ?? false) || !fields.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            switch (field.EffectiveItemKind)
            {
                case ContentFieldKind.Markdown when value.ValueKind == JsonValueKind.String:
                    AddMarkdown(result, field.Name, value.GetString()!);
                    break;
                case ContentFieldKind.Text:
                    foreach (var text in Strings(value))
                    {
                        AddPlainText(result, field.Name, text);
                    }

                    break;
                case ContentFieldKind.Link:
                    foreach (var link in Items(value).Where(i => i.ValueKind == JsonValueKind.Object))
                    {
                        var url = link.TryGetProperty("url", out var u) ? u.GetString() ?? string.Empty : string.Empty;
                        var label = link.TryGetProperty("text", out var t) ? t.GetString() : null;
                        result.Links.Add(new LinkOccurrence(field.Name, url, label, label ?? string.Empty));
                    }

                    break;
                case ContentFieldKind.Phone:
                    result.Phones.AddRange(Strings(value).Select(p => (field.Name, p)));
                    break;
                case ContentFieldKind.Media:
                    // Alt text, captions and credits are text readers meet: a number typed there is checked like any other.
                    foreach (var use in Media.MediaUse.In(type, ContentFields.From([KeyValuePair.Create(field.Name, value)])))
                    {
                        foreach (var text in new[] { use.Alt, use.Caption, use.Credit }.OfType<string>())
                        {
                            AddPlainText(result, field.Name, text);
                        }
                    }

                    break;
            }
        }

        return new ExtractedText(result.Segments, result.Links, result.RawHtml, result.Phones);
    }

    /// <summary>Extracts one Markdown text as field <paramref name="field"/> (for tests and single-field checks).</summary>
    public static ExtractedText ExtractMarkdown(string field, string markdown)
    {
        var result = new Builder();
        AddMarkdown(result, field, markdown);
        return new ExtractedText(result.Segments, result.Links, result.RawHtml, result.Phones);
    }

    private static IEnumerable<JsonElement> Items(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    private static IEnumerable<string> Strings(JsonElement value) =>
        Items(value).Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!);

    private static void AddPlainText(Builder result, string field, string text)
    {
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            result.Segments.Add(new TextSegment(field, line));
            foreach (Match url in BareUrl().Matches(line))
            {
                result.Links.Add(new LinkOccurrence(field, TrimTrailingPunctuation(url.Value), null, line));
            }

            foreach (Match tag in HtmlTag().Matches(line))
            {
                result.RawHtml.Add(new RawHtmlOccurrence(field, Shorten(tag.Value)));
            }
        }
    }

    private static void AddMarkdown(Builder result, string field, string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    result.RawHtml.Add(new RawHtmlOccurrence(field, Shorten(html.Lines.ToString())));
                    continue;
                case CodeBlock:
                    // Code is shown as code, not read as prose; it is rare in this content and never holds a helpline.
                    continue;
            }

            if (block.Inline is null)
            {
                continue;
            }

            var text = new StringBuilder();
            var links = new List<(string Url, string? Label)>();
            AppendInlines(block.Inline, text, links, result, field);
            var plain = LineBreakWithSpaces().Replace(text.ToString(), "\n").Trim();
            foreach (var line in plain.Split('\n').Where(l => l.Trim().Length > 0))
            {
                result.Segments.Add(new TextSegment(field, line.Trim()));
            }

            result.Links.AddRange(links.Select(l => new LinkOccurrence(field, l.Url, l.Label, plain)));
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text, List<(string, string?)> links, Builder result, string field)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append('\n');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline html:
                    result.RawHtml.Add(new RawHtmlOccurrence(field, Shorten(html.Tag)));
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    links.Add((autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, null));
                    break;
                case LinkInline link:
                    var start = text.Length;
                    AppendInlines(link, text, links, result, field);
                    if (!link.IsImage)
                    {
                        var label = text.ToString(start, text.Length - start);
                        links.Add((link.Url ?? string.Empty, link.IsAutoLink ? null : label));
                    }
                    else
                    {
                        links.Add((link.Url ?? string.Empty, null));
                    }

                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text, links, result, field);
                    break;
            }
        }
    }

    private static string TrimTrailingPunctuation(string url) => url.TrimEnd('.', ',', ';', ':', '!', '?', ')');

    private static string Shorten(string html)
    {
        var oneLine = html.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= MaxHtmlShown ? oneLine : oneLine[..(MaxHtmlShown - 1)] + "…";
    }

    private sealed class Builder
    {
        public List<TextSegment> Segments { get; } = [];

        public List<LinkOccurrence> Links { get; } = [];

        public List<RawHtmlOccurrence> RawHtml { get; } = [];

        public List<(string, string)> Phones { get; } = [];
    }
}
