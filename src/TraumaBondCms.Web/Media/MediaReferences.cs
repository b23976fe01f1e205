using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The media checks a version needs from the store, run by <see cref="Content.ContentWriter"/> on every save (REST, GraphQL,
/// admin, recipes, import): each use names a library asset that exists and is not deleted, of a kind the field allows, by
/// one of that asset's files, with alt text that is not the asset's file name. Then the uses are recorded for the version.
/// </summary>
public static class MediaReferences
{
    /// <summary>Adds a problem to <paramref name="errors"/> for every use in <paramref name="content"/> the library cannot back.</summary>
    public static async Task CheckAsync(IStoreSession session, ValidatedContent content, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var uses = content.MediaUses;
        if (uses.Count == 0)
        {
            return;
        }

        var assets = await session.Media.GetAssetsAsync(uses.Select(u => u.AssetId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            var field = content.Type.GetField(use.Field)!;
            var problem = !assets.TryGetValue(use.AssetId, out var asset) ? $"refers to media asset '{use.AssetId}', which does not exist"
                : asset.DeletedUtc is not null ? $"refers to media asset '{use.AssetId}' ({asset.FileName}), which was deleted"
                : !field.EffectiveMediaKinds.Contains(asset.Kind) ? $"takes {string.Join(" or ", field.EffectiveMediaKinds)} assets; '{asset.FileName}' is a {asset.Kind}"
                : !(files.TryGetValue(asset.AssetId, out var known) ? known : files[asset.AssetId] = await session.Media.GetAssetFilesAsync(asset.AssetId, cancellationToken)).Contains(use.Sha256)
                    ? $"names file {use.Sha256[..12]}..., which is not a file of media asset '{asset.AssetId}' ({asset.FileName})"
                : AltText.IsFileName(use.Alt, asset.FileName) ? $"has alt text that is the file name ('{use.Alt}'): describe what the image shows"
                : null;
            if (problem is not null)
            {
                errors.Add(new FieldError(use.Field, $"Field '{use.Field}' {problem}."));
            }
        }
    }

    /// <summary>Records which assets and files the new version <paramref name="contentItemVersionId"/> uses.</summary>
    public static async Task RecordAsync(IStoreSession session, string contentItemVersionId, ValidatedContent content, CancellationToken cancellationToken)
    {
        if (content.MediaUses.Count > 0)
        {
            await session.Media.AddUsesAsync(contentItemVersionId, content.MediaUses.Select(u => (u.Field, u.AssetId, u.Sha256)).ToList(), cancellationToken);
        }
    }
}
