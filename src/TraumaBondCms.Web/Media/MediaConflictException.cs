namespace TraumaBondCms.Web.Media;

/// <summary>A media change the library's state does not allow (deleting an asset in use, replacing it with another kind): 409.</summary>
public sealed class MediaConflictException(string message, IReadOnlyList<string>? items = null) : Exception(message)
{
    /// <summary>The content items that stand in the way, when that is the reason.</summary>
    public IReadOnlyList<string> Items { get; } = items ?? [];
}
