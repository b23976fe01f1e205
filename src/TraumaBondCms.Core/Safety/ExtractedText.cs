namespace TraumaBondCms.Core.Safety;

/// <summary>What <see cref="ContentTextExtractor"/> found in an item's fields.</summary>
/// <param name="Segments">Readable blocks, in field order.</param>
/// <param name="Links">Links, in field order.</param>
/// <param name="RawHtml">Raw HTML, in field order.</param>
/// <param name="Phones">Values of Phone fields (field, number), which are telephone numbers by definition.</param>
public sealed record ExtractedText(
    IReadOnlyList<TextSegment> Segments,
    IReadOnlyList<LinkOccurrence> Links,
    IReadOnlyList<RawHtmlOccurrence> RawHtml,
    IReadOnlyList<(string Field, string Number)> Phones)
{
    /// <summary>The segments of the given fields (all when <paramref name="fields"/> is null), one per line.</summary>
    public string PlainText(IReadOnlyCollection<string>? fields = null) =>
        string.Join('\n', Segments.Where(s => fields is null || fields.Contains(s.Field)).Select(s => s.Text));
}
