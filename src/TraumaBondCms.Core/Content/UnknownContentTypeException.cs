namespace TraumaBondCms.Core.Content;

/// <summary>A request named a content type that the catalog does not define.</summary>
public sealed class UnknownContentTypeException(string contentType)
    : Exception($"Unknown content type '{contentType}'.")
{
    /// <summary>The name that was asked for.</summary>
    public string ContentType { get; } = contentType;
}
