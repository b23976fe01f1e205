using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Data;

/// <summary>The item-level facts shared by all versions: type, owner, creation and soft deletion, culture and translation source.</summary>
public sealed record ContentItemRecord(
    string ContentItemId,
    string ContentType,
    string Owner,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? DeletedUtc,
    string? DeletedBy)
{
    /// <summary>The culture the item is written in.</summary>
    public string Culture { get; init; } = CultureNames.BuiltInDefault;

    /// <summary>The localization set it shares with its translations.</summary>
    public string LocalizationSet { get; init; } = ContentItemId;

    /// <summary>The item it was translated from; null for an item written on its own.</summary>
    public string? TranslationOf { get; init; }

    /// <summary>When its source published a version this translation does not follow (it waits for re-review); null when it follows its source.</summary>
    public DateTimeOffset? SourceChangedUtc { get; init; }
}
