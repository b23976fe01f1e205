namespace TraumaBondCms.Data.Media;

/// <summary>
/// The media library's rows: files by hash, assets, which files each asset has had, and which versions use which
/// asset. The bytes live in a media store (file system or S3), not in the database.
/// </summary>
public interface IMediaRepository
{
    /// <summary>The file with this SHA-256; null when none is stored.</summary>
    Task<MediaFile?> GetFileAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>The files with these hashes that are stored, by hash.</summary>
    Task<IReadOnlyDictionary<string, MediaFile>> GetFilesAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellationToken = default);

    /// <summary>Records a file; nothing happens when one with the same hash is recorded already (same bytes, same row).</summary>
    Task AddFileAsync(MediaFile file, CancellationToken cancellationToken = default);

    /// <summary>Adds an asset and records its file as one of its files.</summary>
    Task AddAssetAsync(MediaAsset asset, CancellationToken cancellationToken = default);

    /// <summary>The asset with this id, deleted or not; null when none.</summary>
    Task<MediaAsset?> GetAssetAsync(string assetId, CancellationToken cancellationToken = default);

    /// <summary>The assets with these ids (deleted ones too), by id.</summary>
    Task<IReadOnlyDictionary<string, MediaAsset>> GetAssetsAsync(IReadOnlyCollection<string> assetIds, CancellationToken cancellationToken = default);

    /// <summary>A library asset (not deleted) whose current file has this hash; null when none.</summary>
    Task<MediaAsset?> FindAssetByFileAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Saves an asset's name, alt text, tags, focal point and current file; a new current file is recorded among its files.</summary>
    Task UpdateAssetAsync(MediaAsset asset, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="sha256"/> (a stored file) as one of the asset's files without making it the current one, as
    /// content that arrives from another instance needs; nothing happens when it is recorded already.
    /// </summary>
    Task AddAssetFileAsync(string assetId, string sha256, DateTimeOffset addedUtc, CancellationToken cancellationToken = default);

    /// <summary>The hashes of every file the asset has had, newest first.</summary>
    Task<IReadOnlyList<string>> GetAssetFilesAsync(string assetId, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes an asset; false when it does not exist or is deleted already.</summary>
    Task<bool> DeleteAssetAsync(string assetId, string deletedBy, DateTimeOffset deletedUtc, CancellationToken cancellationToken = default);

    /// <summary>A page of library assets (not deleted), newest first.</summary>
    Task<IReadOnlyList<MediaAsset>> ListAsync(MediaQuery query, CancellationToken cancellationToken = default);

    /// <summary>Records the media uses of a new version (called once, when the version is written).</summary>
    Task AddUsesAsync(string contentItemVersionId, IReadOnlyCollection<(string Field, string AssetId, string Sha256)> uses, CancellationToken cancellationToken = default);

    /// <summary>The latest and published versions of items (not deleted) that use the asset.</summary>
    Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default);

    /// <summary>True when a published version of an item that is not deleted uses the file with this hash: anonymous readers may fetch it.</summary>
    Task<bool> IsPublishedAsync(string sha256, CancellationToken cancellationToken = default);
}
