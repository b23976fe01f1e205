using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// One field of a content type, as defined in a recipe. Immutable; settings that do not apply to the
/// field's <see cref="Kind"/> are ignored (and rejected by <see cref="ContentDefinitionValidator"/> where
/// they would mislead, such as options on a Text field).
/// </summary>
public sealed record ContentFieldDefinition
{
    /// <summary>The field's name in JSON and GraphQL: a camelCase identifier, unique within its type.</summary>
    public required string Name { get; init; }

    /// <summary>The label editors see; defaults to <see cref="Name"/> when null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The kind of value the field holds.</summary>
    public required ContentFieldKind Kind { get; init; }

    /// <summary>Help text shown next to the input; null for none.</summary>
    public string? Hint { get; init; }

    /// <summary>A value is required: not null, not blank, not an empty list.</summary>
    public bool Required { get; init; }

    /// <summary>
    /// Maximum length in characters of a text value (for lists, of each item; for Media fields, of each use's alt text,
    /// <see cref="Media.AltText.DefaultMaxLength"/> when null); null for no limit beyond the request size.
    /// </summary>
    public int? MaxLength { get; init; }

    /// <summary>A .NET regular expression a text value must match in full; null for none.</summary>
    public string? Pattern { get; init; }

    /// <summary>Text fields only: the value may span several lines.</summary>
    public bool Multiline { get; init; }

    /// <summary>Choice fields: the allowed values, in display order.</summary>
    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>ContentPicker fields: the content types an item may point at; null or empty allows any type.</summary>
    public IReadOnlyList<string>? AllowedTypes { get; init; }

    /// <summary>ContentPicker and Media fields: more than one item (or asset) may be picked.</summary>
    public bool Multiple { get; init; }

    /// <summary>Media fields: the kinds of asset allowed (Image, Document); null or empty allows images only.</summary>
    public IReadOnlyList<Media.MediaKind>? MediaKinds { get; init; }

    /// <summary>Tags fields: the content type whose slugs the tags are (default <c>Topic</c>).</summary>
    public string? Taxonomy { get; init; }

    /// <summary>List fields: the kind of each item (default <see cref="ContentFieldKind.Text"/>).</summary>
    public ContentFieldKind? ItemKind { get; init; }

    /// <summary>The most items of a List, Tags or multiple ContentPicker field whose definition gives no <see cref="MaxItems"/>.</summary>
    public const int DefaultMaxItems = 100;

    /// <summary>List, Tags and ContentPicker fields: the maximum number of items; null for <see cref="DefaultMaxItems"/>.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Number fields: inclusive lower bound.</summary>
    public decimal? Min { get; init; }

    /// <summary>Number fields: inclusive upper bound.</summary>
    public decimal? Max { get; init; }

    /// <summary>Number fields: the number of decimal places allowed (0 for integers); null for any.</summary>
    public int? Decimals { get; init; }

    /// <summary>Slug fields: the Text field a missing slug is generated from.</summary>
    public string? GenerateFrom { get; init; }

    /// <summary>The value used when a new item omits the field; null for none.</summary>
    public JsonElement? DefaultValue { get; init; }

    /// <summary>The field is copied into index rows so lists can filter and sort on it.</summary>
    public bool Indexed { get; init; }

    /// <summary>The label to show: <see cref="DisplayName"/> or <see cref="Name"/>.</summary>
    public string Label => DisplayName ?? Name;

    /// <summary>The kind of each item for List fields; the field's own kind otherwise.</summary>
    public ContentFieldKind EffectiveItemKind => Kind == ContentFieldKind.List ? ItemKind ?? ContentFieldKind.Text : Kind;

    /// <summary>Tags fields: the taxonomy type, defaulting to <c>Topic</c>.</summary>
    public string EffectiveTaxonomy => Taxonomy ?? "Topic";

    /// <summary>True when the value is a JSON array (Tags, ContentPicker, List, Media).</summary>
    public bool IsArray => Kind is ContentFieldKind.Tags or ContentFieldKind.ContentPicker or ContentFieldKind.List or ContentFieldKind.Media;

    /// <summary>The most items the value holds: 1 for a single ContentPicker or Media field, else <see cref="MaxItems"/> or <see cref="DefaultMaxItems"/>; null for fields that are not arrays.</summary>
    public int? ItemLimit => !IsArray ? null : Kind is ContentFieldKind.ContentPicker or ContentFieldKind.Media && !Multiple ? 1 : MaxItems ?? DefaultMaxItems;

    /// <summary>Media fields: the allowed asset kinds, images only when <see cref="MediaKinds"/> names none.</summary>
    public IReadOnlyList<Media.MediaKind> EffectiveMediaKinds => MediaKinds is { Count: > 0 } kinds ? kinds : [Media.MediaKind.Image];
}
