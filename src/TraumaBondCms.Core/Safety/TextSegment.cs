namespace TraumaBondCms.Core.Safety;

/// <summary>
/// One block of readable text from a field: a paragraph, heading or list item of a Markdown field (its markup removed),
/// a line of a Text field, or one item of a List field. Numbers and keywords are looked for within one segment.
/// </summary>
/// <param name="Field">The field it came from.</param>
/// <param name="Text">The plain text.</param>
public sealed record TextSegment(string Field, string Text);
