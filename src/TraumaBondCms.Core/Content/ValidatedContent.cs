namespace TraumaBondCms.Core.Content;

/// <summary>
/// The outcome of <see cref="ContentFieldValidator.Validate"/>: normalized fields ready to store, the
/// display text and slug taken from them, and the references the caller must resolve in the store.
/// </summary>
public sealed record ValidatedContent(
    ContentTypeDefinition Type,
    ContentFields Fields,
    string DisplayText,
    string? Slug,
    IReadOnlyList<ContentReference> References)
{
    /// <summary>The content hash of <see cref="Fields"/>.</summary>
    public string ContentHash { get; } = Content.ContentHash.Compute(Type.Name, Fields);

    /// <summary>Every use of a media asset in <see cref="Fields"/>, for the caller to check against the media library.</summary>
    public IReadOnlyList<Media.MediaUse> MediaUses => field ??= Media.MediaUse.In(Type, Fields);
}
