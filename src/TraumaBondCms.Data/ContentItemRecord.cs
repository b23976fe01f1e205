namespace TraumaBondCms.Data;

/// <summary>The item-level facts shared by all versions: type, owner, creation and soft deletion.</summary>
public sealed record ContentItemRecord(
    string ContentItemId,
    string ContentType,
    string Owner,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? DeletedUtc,
    string? DeletedBy);
