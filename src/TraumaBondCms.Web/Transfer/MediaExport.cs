using System.Text.Json.Nodes;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Media;

namespace TraumaBondCms.Web.Transfer;

/// <summary>
/// The <c>Media</c> step of an export (read by <see cref="MediaStep"/>): every library asset the exported versions use,
/// with exactly the files they name, bytes included, so that the importing instance serves the very bytes the signatures
/// cover. Files no exported version uses (an asset's newer, unreviewed file) stay behind.
/// </summary>
internal static class MediaExport
{
    /// <summary>The step for <paramref name="items"/>; null when none of them uses media.</summary>
    public static async Task<JsonObject?> StepAsync(IStoreSession session, IMediaStore store, ContentDefinitionCatalog catalog, IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        var uses = items.SelectMany(i => MediaUse.In(catalog.Get(i.ContentType), i.Fields)).ToList();
        if (uses.Count == 0)
        {
            return null;
        }

        var assets = await session.Media.GetAssetsAsync(uses.Select(u => u.AssetId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var entries = new JsonArray();
        foreach (var group in uses.GroupBy(u => u.AssetId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var asset = assets.GetValueOrDefault(group.Key) ?? throw new IOException($"Media asset '{group.Key}', which a published version uses, is not in the library.");
            var used = group.Select(u => u.Sha256).ToHashSet(StringComparer.Ordinal);
            // Newest first, so that an asset new on the importing instance gets the newest file it is used with as its current one.
            var history = await session.Media.GetAssetFilesAsync(asset.AssetId, cancellationToken);
            var files = new JsonArray();
            foreach (var sha256 in history.Where(used.Contains).Concat(used.Except(history)))
            {
                var bytes = await store.ReadAsync(sha256, cancellationToken)
                    ?? throw new IOException($"The media store ({store.Description}) has no file {sha256}, which a published version of an item using '{asset.FileName}' names.");
                files.Add(new JsonObject { ["sha256"] = sha256, ["data"] = Convert.ToBase64String(bytes) });
            }

            entries.Add(new JsonObject
            {
                ["assetId"] = asset.AssetId,
                ["fileName"] = asset.FileName,
                ["kind"] = asset.Kind.ToString(),
                ["alt"] = asset.Alt,
                ["tags"] = new JsonArray([.. asset.Tags.Select(t => JsonValue.Create(t))]),
                ["focalX"] = asset.FocalX,
                ["focalY"] = asset.FocalY,
                ["files"] = files,
            });
        }

        return new JsonObject { ["name"] = "Media", ["assets"] = entries };
    }
}
