namespace TraumaBondCms.Core.Content;

/// <summary>
/// The kinds of field a content type is made of. The kind fixes the JSON shape of a field's value
/// (see <see cref="ContentFieldValidator"/>) and how it is indexed and exposed over the APIs.
/// </summary>
public enum ContentFieldKind
{
    /// <summary>A single line (or, with <see cref="ContentFieldDefinition.Multiline"/>, a paragraph) of plain text: a JSON string.</summary>
    Text,

    /// <summary>CommonMark text rendered with raw HTML disabled: a JSON string.</summary>
    Markdown,

    /// <summary>A URL segment (<c>lower-case-words</c>) unique per content type: a JSON string.</summary>
    Slug,

    /// <summary>A calendar date in ISO 8601 form (<c>2025-03-01</c>): a JSON string.</summary>
    Date,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON number, bounded by min/max and a number of decimals.</summary>
    Number,

    /// <summary>One of the definition's <see cref="ContentFieldDefinition.Options"/>: a JSON string.</summary>
    Choice,

    /// <summary>An absolute http(s), mailto or tel URL with optional text: <c>{ "url": "...", "text": "..." }</c>.</summary>
    Link,

    /// <summary>A telephone number in E.164 (<c>+18007997233</c>) or a national format (<c>1-800-799-7233</c>, <c>988</c>): a JSON string.</summary>
    Phone,

    /// <summary>Slugs of taxonomy items (by default Topic items): a JSON array of strings.</summary>
    Tags,

    /// <summary>Content item ids of the allowed types: a JSON array of strings (one element when not multiple).</summary>
    ContentPicker,

    /// <summary>An ordered list of values of <see cref="ContentFieldDefinition.ItemKind"/>: a JSON array.</summary>
    List,

    /// <summary>
    /// When a service can be reached (see <see cref="OpeningHours"/>): <c>{ "alwaysOpen": true }</c>, or a weekly schedule in an
    /// IANA time zone, <c>{ "timeZone": "Europe/London", "weekly": [{ "days": ["mon"], "opens": "09:00", "closes": "17:00" }] }</c>.
    /// </summary>
    Hours,

    /// <summary>
    /// Images or documents from the media library, each use with its own alt text: a JSON array (one element when not
    /// <see cref="ContentFieldDefinition.Multiple"/>) of <c>{ "asset": "id", "sha256": "64 hex digits", "alt": "...",
    /// "caption": "...", "credit": "..." }</c>. The SHA-256 names the exact file, so a version's content hash (and a
    /// reviewer's signature over it) covers the bytes shown and their alt text (see <see cref="Media.MediaUse"/>).
    /// </summary>
    Media,
}
