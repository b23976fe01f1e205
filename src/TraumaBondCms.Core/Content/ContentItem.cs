using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// One version of a content item, as in Orchard Core: the item is the set of its versions sharing a
/// <see cref="ContentItemId"/>. A version's fields and hash never change once written; only its
/// <see cref="Latest"/> and <see cref="Published"/> flags move. At most one version of an item is latest
/// and at most one is published; they are the same version when the item has no pending draft.
/// </summary>
public sealed record ContentItem
{
    /// <summary>The item's stable id, shared by all its versions.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>This version's id, unique across all items.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>The content type's name.</summary>
    public required string ContentType { get; init; }

    /// <summary>1 for the first version, then one more per saved edit.</summary>
    public required int Version { get; init; }

    /// <summary>This is the newest version: the one editors see and edit.</summary>
    public required bool Latest { get; init; }

    /// <summary>This is the version readers see.</summary>
    public required bool Published { get; init; }

    /// <summary>This version's workflow status (e.g. Draft, InReview, Approved, Published, Superseded).</summary>
    public string Status { get; init; } = "Draft";

    /// <summary>The title, copied from the type's display text field.</summary>
    public required string DisplayText { get; init; }

    /// <summary>The value of the type's slug field; null when the type has none.</summary>
    public string? Slug { get; init; }

    /// <summary>The user who created the item (its first version).</summary>
    public required string Owner { get; init; }

    /// <summary>The user who wrote this version.</summary>
    public required string Author { get; init; }

    /// <summary>When the item's first version was created.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When this version was written.</summary>
    public required DateTimeOffset ModifiedUtc { get; init; }

    /// <summary>When this version was last published; null when it never was.</summary>
    public DateTimeOffset? PublishedUtc { get; init; }

    /// <summary>The <see cref="Content.ContentHash"/> of this version's fields.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The field values.</summary>
    public required ContentFields Fields { get; init; }

    /// <summary>The culture the item is written in (BCP 47, e.g. <c>es-US</c>); fixed when the item is created, the same for all its versions.</summary>
    public string Culture { get; init; } = CultureNames.BuiltInDefault;

    /// <summary>
    /// The id an item shares with its translations (Orchard Core's localization set), fixed when the item is created; an
    /// item that was created on its own starts a set of its own, named by its id.
    /// </summary>
    public string LocalizationSet
    {
        get => _localizationSet ?? ContentItemId;

        // An item's own set is kept as "none", so that two records of one version are equal however the set was given
        // (set ContentItemId first, as every initializer here does).
        init => _localizationSet = value == ContentItemId ? null : value;
    }

    /// <summary>The item this one was translated from (in the same set); null for an item written on its own.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>
    /// For a translation: the version of <see cref="TranslationOf"/> this version was translated from or brought up to date
    /// with; when the source has published a newer version since, the translation's source has changed. Null otherwise.
    /// </summary>
    public string? SourceVersionId { get; init; }

    private readonly string? _localizationSet;

    /// <summary>
    /// The entity tag of this version for optimistic concurrency: it changes whenever a new version is
    /// written, and a client that edits must send the tag of the version it edited (HTTP <c>If-Match</c>).
    /// </summary>
    public string ETag => "\"" + ContentItemVersionId + "\"";
}
