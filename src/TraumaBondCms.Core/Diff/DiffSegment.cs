namespace TraumaBondCms.Core.Diff;

/// <summary>
/// One run of a text diff. In a diff's segment list, the <see cref="DiffOperation.Equal"/> and
/// <see cref="DiffOperation.Delete"/> texts concatenate exactly to the old text and the Equal and
/// <see cref="DiffOperation.Insert"/> texts to the new text, white space and line endings included.
/// The text is never empty and is untrusted user content: encode it before putting it in HTML.
/// </summary>
/// <param name="Operation">Whether the text is kept, inserted or deleted.</param>
/// <param name="Text">The exact characters, never empty.</param>
public sealed record DiffSegment(DiffOperation Operation, string Text);
