namespace TraumaBondCms.Core.Import;

/// <summary>A heading of the imported body, in document order.</summary>
/// <param name="Level">Markdown heading level, 2 to 6 (level 1 is reserved for the article title).</param>
/// <param name="Text">The heading text as plain text (not Markdown-escaped).</param>
public sealed record ImportedHeading(int Level, string Text);
