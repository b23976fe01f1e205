using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Content;

/// <summary>The JSON shape of one content version in REST responses.</summary>
public sealed record ContentItemResponse(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    string? Slug,
    int Version,
    bool Latest,
    bool Published,
    string Status,
    string Owner,
    string Author,
    DateTimeOffset CreatedUtc,
    DateTimeOffset ModifiedUtc,
    DateTimeOffset? PublishedUtc,
    string ContentHash,
    string ETag,
    IReadOnlyDictionary<string, System.Text.Json.JsonElement> Fields)
{
    /// <summary>For published versions of reviewed types: the clinical review readers are told about (sample content says so); null otherwise.</summary>
    public Workflow.ContentReview? Review { get; init; }

    /// <summary>The culture the item is written in (BCP 47).</summary>
    public string Culture { get; init; } = Core.Localization.CultureNames.BuiltInDefault;

    /// <summary>The localization set the item shares with its translations.</summary>
    public string LocalizationSet { get; init; } = "";

    /// <summary>The item it was translated from; null when it was written on its own.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>For a translation: the version of its source this version follows.</summary>
    public string? SourceVersionId { get; init; }

    /// <summary>
    /// For a translation read by an editor: when its source published a version it does not follow, so it waits for
    /// re-review (it stays live meanwhile); null when it is up to date or when not read.
    /// </summary>
    public DateTimeOffset? SourceChangedUtc { get; init; }

    /// <summary>A sentence on the status when the status alone could mislead, e.g. "Approval voided by edit: edited by editor.maya"; null otherwise.</summary>
    public string? StatusNote { get; init; }

    /// <summary>Maps a version.</summary>
    public static ContentItemResponse From(ContentItem item) => new(
        item.ContentItemId,
        item.ContentItemVersionId,
        item.ContentType,
        item.DisplayText,
        item.Slug,
        item.Version,
        item.Latest,
        item.Published,
        item.Status,
        item.Owner,
        item.Author,
        item.CreatedUtc,
        item.ModifiedUtc,
        item.PublishedUtc,
        item.ContentHash,
        item.ETag,
        item.Fields)
    {
        Culture = item.Culture,
        LocalizationSet = item.LocalizationSet,
        TranslationOf = item.TranslationOf,
        SourceVersionId = item.SourceVersionId,
    };
}
