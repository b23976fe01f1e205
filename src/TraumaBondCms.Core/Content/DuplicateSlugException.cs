namespace TraumaBondCms.Core.Content;

/// <summary>Another item of the same type already uses the slug (as its latest or published version); nothing was written.</summary>
public sealed class DuplicateSlugException(string contentType, string slug, string? field)
    : Exception($"Another {contentType} already uses the slug '{slug}'.")
{
    /// <summary>The content type.</summary>
    public string ContentType { get; } = contentType;

    /// <summary>The slug in use.</summary>
    public string Slug { get; } = slug;

    /// <summary>The slug field's name; null when the store detected the conflict without knowing the field.</summary>
    public string? Field { get; } = field;
}
