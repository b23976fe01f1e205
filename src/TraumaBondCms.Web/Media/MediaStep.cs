using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The <c>Media</c> recipe step, which <c>content export</c> writes before its <c>Content</c> step:
/// <c>{ "assets": [{ "assetId", "fileName", "kind", "alt"?, "tags"?, "focalX"?, "focalY"?, "files": [{ "sha256", "data" }] }] }</c>,
/// the library assets that the exported versions use, with exactly the files they name (<c>data</c> in base64; the first
/// is the current file of an asset that is new here). The bytes are admitted unchanged, because the signatures that come
/// with the content cover their hash: each file must hash to its <c>sha256</c>, keep within the size limits, be of the
/// asset's kind by its bytes and be a stripped file as uploads store them (an image without metadata, a PDF that cleaning
/// leaves byte for byte as it is: <see cref="NetVipsImageProcessor.Admit"/>). Anything else refuses the whole recipe, naming the asset. A new asset is
/// added; an asset that is here already gains the files it lacks and keeps its library entry. Audited under the operator.
/// </summary>
public sealed class MediaStep(IMediaStore store, NetVipsImageProcessor processor, IOptions<CmsOptions> options, TimeProvider clock) : IRecipeStep
{
    /// <summary>The most files one asset may bring.</summary>
    public const int MaxFilesPerAsset = 100;

    /// <inheritdoc />
    public string Name => "Media";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var assets = RecipeStepJson.Read<AssetEntry[]>(step, "assets", Name);
        int added = 0, stored = 0;
        for (var i = 0; i < assets.Length; i++)
        {
            try
            {
                var (isNew, files) = await ImportAsync(context, assets[i], cancellationToken);
                added += isNew ? 1 : 0;
                stored += files;
            }
            catch (Exception e) when (e is MediaRefusedException or ContentValidationException or FormatException)
            {
                throw new RecipeException($"Step 'Media', asset {i + 1} ('{AuditText.Bounded(assets[i].AssetId ?? string.Empty, 80)}'): {e.Message}", e);
            }
        }

        context.Report($"Media: {assets.Length} asset(s): {added} added, {stored} file(s) stored.");
    }

    private async Task<(bool IsNew, int Stored)> ImportAsync(RecipeContext context, AssetEntry entry, CancellationToken cancellationToken)
    {
        var media = context.Session.Media;
        if (entry.AssetId is not { } assetId || !ContentIds.IsWellFormed(assetId) || entry.Kind is not { } kind || entry.Files is not { Count: > 0 and <= MaxFilesPerAsset } files)
        {
            throw new FormatException($"An asset needs an assetId (1–64 letters, digits, '-' or '_'), its kind (Image or Document) and 1 to {MaxFilesPerAsset} files.");
        }

        var asset = await media.GetAssetAsync(assetId, cancellationToken);
        if (asset is { DeletedUtc: not null })
        {
            throw new FormatException($"Asset '{assetId}' ({asset.FileName}) was deleted on this instance, so content that uses it cannot arrive here.");
        }

        if (asset is not null && asset.Kind != kind)
        {
            throw new FormatException($"Asset '{assetId}' is a {asset.Kind} here, not a {kind}.");
        }

        var stored = 0;
        foreach (var file in files)
        {
            stored += await AdmitAsync(context, file, kind, cancellationToken) ? 1 : 0;
        }

        var hashes = files.Select(f => f.Sha256!).Distinct(StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow();
        var isNew = asset is null;
        if (asset is null)
        {
            var fileName = MediaService.CleanFileName(entry.FileName);
            asset = new MediaAsset
            {
                AssetId = assetId,
                FileName = fileName,
                Kind = kind,
                Sha256 = hashes[0],
                Alt = MediaService.CheckAlt(entry.Alt, fileName),
                Tags = MediaService.CleanTags(entry.Tags),
                FocalX = entry.FocalX is >= 0 and <= 1 ? entry.FocalX.Value : 0.5,
                FocalY = entry.FocalY is >= 0 and <= 1 ? entry.FocalY.Value : 0.5,
                CreatedBy = context.Actor.AuditName,
                CreatedUtc = now,
                ModifiedBy = context.Actor.AuditName,
                ModifiedUtc = now,
            };
            await media.AddAssetAsync(asset, cancellationToken);
        }

        foreach (var sha256 in hashes)
        {
            await media.AddAssetFileAsync(assetId, sha256, now, cancellationToken);
        }

        await context.Session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = now,
                Actor = context.Actor.UserName,
                Action = MediaAuditActions.Imported,
                ContentHash = "sha256:" + asset.Sha256,
                Reason = $"arrived with {hashes.Count} file(s), {stored} of them new here",
                Details = JsonSerializer.Serialize(new { asset.AssetId, asset.FileName, Kind = kind.ToString(), files = hashes, added = isNew, via = context.Actor.AuditName }),
            },
            cancellationToken);
        return (isNew, stored);
    }

    // Stores one file unless it is here already; false when it was.
    private async Task<bool> AdmitAsync(RecipeContext context, FileEntry file, MediaKind kind, CancellationToken cancellationToken)
    {
        if (!MediaUse.IsSha256(file.Sha256) || file.Data is null)
        {
            throw new FormatException("A file needs its sha256 (64 lower-case hex digits) and its bytes in base64 as data.");
        }

        if (await context.Session.Media.GetFileAsync(file.Sha256!, cancellationToken) is not null)
        {
            return false;
        }

        var limits = options.Value.Media;
        if (file.Data.Length / 4L * 3 > limits.MaxFileBytes + 3)
        {
            throw new MediaRefusedException(MediaRefusalKind.TooManyBytes, $"File {file.Sha256![..12]}... has more than the {limits.MaxFileBytes:N0} bytes allowed.");
        }

        var bytes = Convert.FromBase64String(file.Data);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
        {
            throw new FormatException($"File {file.Sha256![..12]}... does not hash to its sha256: its bytes were changed on the way, and the signatures that name it would not cover them.");
        }

        var sniffed = MediaSniffer.Inspect(bytes, limits.MaxPixels, limits.MaxSide);
        if (sniffed.Kind != kind)
        {
            throw new MediaRefusedException(MediaRefusalKind.UnsupportedType, $"File {file.Sha256[..12]}... is a {sniffed.Format} file, not of the asset's kind ({kind}).");
        }

        var admitted = await Task.Run(() => processor.Admit(bytes, sniffed), cancellationToken);
        await store.PutAsync(file.Sha256, bytes, admitted.MimeType, cancellationToken);
        await context.Session.Media.AddFileAsync(admitted.ToFile(file.Sha256, clock.GetUtcNow()), cancellationToken);
        return true;
    }

    private sealed record AssetEntry(string? AssetId, string? FileName, MediaKind? Kind, string? Alt, IReadOnlyList<string>? Tags, double? FocalX, double? FocalY, IReadOnlyList<FileEntry>? Files);

    private sealed record FileEntry(string? Sha256, string? Data);
}
