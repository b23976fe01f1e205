namespace TraumaBondCms.Web.Media;

/// <summary>The audit log's action names for the media library (details name the asset and its file's hash).</summary>
public static class MediaAuditActions
{
    /// <summary>A file was uploaded as a new asset.</summary>
    public const string Uploaded = "media.uploaded";

    /// <summary>An asset's name, alt text, tags or focal point changed.</summary>
    public const string Updated = "media.updated";

    /// <summary>An asset's file was replaced (items using it got new versions, voiding their approvals).</summary>
    public const string Replaced = "media.replaced";

    /// <summary>An asset arrived with content from another instance (a recipe's or an import's <c>Media</c> step).</summary>
    public const string Imported = "media.imported";

    /// <summary>An asset was deleted (soft).</summary>
    public const string Deleted = "media.deleted";
}
