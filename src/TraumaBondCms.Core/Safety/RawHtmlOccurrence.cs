namespace TraumaBondCms.Core.Safety;

/// <summary>A piece of raw HTML found in an item's text (HTML is never rendered; it shows as literal text).</summary>
/// <param name="Field">The field it came from.</param>
/// <param name="Html">The HTML as written, shortened to 80 characters.</param>
public sealed record RawHtmlOccurrence(string Field, string Html);
