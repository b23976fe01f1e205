using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Resolves a Media field of a content item to <c>MediaAsset</c> values: the version's uses (exact file and alt text), with
/// the files and assets loaded in one batch per request, so a list of N items costs two queries, not 2N.
/// </summary>
public static class MediaFieldResolver
{
    /// <summary>The field's values: a list for a multiple field, else the one value or null.</summary>
    public static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ContentFieldDefinition field, ContentItem item, ContentTypeDefinition type)
    {
        var uses = MediaUse.In(type, item.Fields).Where(u => u.Field == field.Name).Take(field.ItemLimit ?? 1).ToList();
        // Ask for every file and asset before awaiting any, so sibling items' requests join one batch.
        var files = uses.Select(u => FileAsync(context, u.Sha256)).ToArray();
        var assets = uses.Select(u => AssetAsync(context, u.AssetId)).ToArray();
        var values = new List<MediaAssetValue>();
        for (var i = 0; i < uses.Count; i++)
        {
            // A file the library no longer has (never expected: files are immutable) leaves the use out rather than failing the item.
            if (await files[i] is { } file)
            {
                values.Add(new MediaAssetValue(uses[i], file, await assets[i]));
            }
        }

        return field.Multiple ? values.ToArray() : values.FirstOrDefault();
    }

    private static Task<MediaFile?> FileAsync(IResolveFieldContext context, string sha256)
    {
        var request = context.Request();
        return context.Loader<string, MediaFile>(
            $"media-files:{request.SnapshotEpoch}",
            (keys, ct) => request.ReadAsync(s => s.Media.GetFilesAsync(keys.ToList(), ct), ct))
            .LoadAsync(sha256);
    }

    private static Task<MediaAsset?> AssetAsync(IResolveFieldContext context, string assetId)
    {
        var request = context.Request();
        return context.Loader<string, MediaAsset>(
            $"media-assets:{request.SnapshotEpoch}",
            (keys, ct) => request.ReadAsync(s => s.Media.GetAssetsAsync(keys.ToList(), ct), ct))
            .LoadAsync(assetId);
    }
}
