namespace TraumaBondCms.Core.Safety;

/// <summary>A link in an item: a Markdown link or autolink, a bare web address in text, or a Link field's value.</summary>
/// <param name="Field">The field it came from.</param>
/// <param name="Url">The address as written (not yet validated).</param>
/// <param name="Label">The link's text; null when it has none (a bare address).</param>
/// <param name="Context">The text of the block the link sits in, for deciding whether it looks like a helpline.</param>
public sealed record LinkOccurrence(string Field, string Url, string? Label, string Context);
