using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Markdown;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// Makes the <see cref="SearchDocument"/> of a version from its type and fields, by field kind: the display text is
/// the title; Tags fields give topic titles (looked up by the caller) and facet slugs; multi-line Text fields and a
/// Text field named <c>summary</c> are summary; Markdown (as plain text), other Text fields, lists of text, link
/// texts and phone numbers are body. Choices, numbers, dates, booleans, slugs and pickers are not searched.
/// Pure and thread-safe: the same input always gives the same document, which is what makes a rebuild identical.
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>The taxonomy whose tags become facets.</summary>
    public const string TopicTaxonomy = "Topic";

    /// <summary>The tags of the version's Tags fields, for the caller to look up their titles.</summary>
    public static IReadOnlyList<TagReference> TagsOf(ContentTypeDefinition type, ContentFields fields) =>
        type.Fields.Where(f => f.Kind == ContentFieldKind.Tags)
            .SelectMany(f => fields.GetStrings(f.Name).Select(slug => new TagReference(f.EffectiveTaxonomy, slug)))
            .Distinct()
            .ToArray();

    /// <summary>
    /// Builds the document. <paramref name="tagTitle"/> gives the title of a tagged item, or null when unknown (the
    /// slug's words are used instead).
    /// </summary>
    public static SearchDocument Build(ContentTypeDefinition type, ContentFields fields, string displayText, Func<TagReference, string?> tagTitle)
    {
        var tags = new List<string>();
        var topics = new List<string>();
        var summary = new StringBuilder();
        var body = new StringBuilder();
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var value) || field.Name == type.DisplayTextField)
            {
                continue;
            }

            switch (field.Kind)
            {
                case ContentFieldKind.Tags:
                    foreach (var slug in fields.GetStrings(field.Name))
                    {
                        var reference = new TagReference(field.EffectiveTaxonomy, slug);
                        tags.Add(tagTitle(reference) ?? slug.Replace('-', ' '));
                        if (reference.Taxonomy == TopicTaxonomy && !topics.Contains(slug))
                        {
                            topics.Add(slug);
                        }
                    }

                    break;
                case ContentFieldKind.Text when field.Multiline || field.Name == "summary":
                    AppendLine(summary, value.GetString());
                    break;
                case ContentFieldKind.Text or ContentFieldKind.Phone:
                    AppendLine(body, value.GetString());
                    break;
                case ContentFieldKind.Markdown:
                    AppendLine(body, MarkdownRenderer.ToPlainText(value.GetString() ?? string.Empty));
                    break;
                case ContentFieldKind.Link when value.ValueKind == JsonValueKind.Object && value.TryGetProperty("text", out var text):
                    AppendLine(body, text.GetString());
                    break;
                case ContentFieldKind.List when field.EffectiveItemKind == ContentFieldKind.Text:
                    foreach (var item in fields.GetStrings(field.Name))
                    {
                        AppendLine(body, item);
                    }

                    break;
            }
        }

        return new SearchDocument
        {
            Title = SearchHighlight.Clean(displayText),
            Tags = SearchHighlight.Clean(string.Join('\n', tags.Distinct(StringComparer.Ordinal))),
            Summary = SearchHighlight.Clean(summary.ToString().TrimEnd('\n')),
            Body = SearchHighlight.Clean(body.ToString().TrimEnd('\n')),
            Topics = topics,
        };
    }

    private static void AppendLine(StringBuilder text, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            text.Append(line.Trim()).Append('\n');
        }
    }
}
