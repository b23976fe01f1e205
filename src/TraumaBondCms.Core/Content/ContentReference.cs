namespace TraumaBondCms.Core.Content;

/// <summary>
/// A value that points at another item and must be checked against the store: a picked item id
/// (<see cref="ContentItemId"/>) or a tag slug (<see cref="TagSlug"/> in the <see cref="TargetTypes"/> taxonomy).
/// </summary>
public sealed record ContentReference(string Field, string? ContentItemId, string? TagSlug, IReadOnlyList<string> TargetTypes);
