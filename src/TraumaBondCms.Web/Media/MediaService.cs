using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Media;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The media library's application service: every upload is sniffed and size-checked from its bytes, processed (images
/// re-encoded without metadata, PDFs written again without metadata, scripts or earlier revisions), stored under the hash
/// of those processed bytes, and recorded with an audit entry in one transaction. Replacing a
/// file gives every item whose latest version uses the asset a new version (voiding approvals through the workflow);
/// deleting is refused while a latest or published version uses the asset. Thread-safe.
/// </summary>
public sealed class MediaService(
    ICmsStore store,
    IMediaStore files,
    NetVipsImageProcessor processor,
    ContentDefinitionCache definitions,
    Workflow.WorkflowCatalog workflows,
    Workflow.PublicationGate gate,
    IOptions<CmsOptions> options,
    TimeProvider clock)
{
    private MediaOptions Options => options.Value.Media;

    /// <summary>Uploads a file as a new asset; returns it and false when the same bytes were in the library already (that asset is returned).</summary>
    public async Task<(MediaAssetView View, bool Created)> UploadAsync(MediaUpload upload, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Uploading media");
        var fileName = CleanFileName(upload.FileName);
        var alt = CheckAlt(upload.Alt, fileName);
        var tags = CleanTags(upload.Tags);
        var (file, kind) = await IngestAsync(upload.Bytes, cancellationToken);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (await session.Media.FindAssetByFileAsync(file.Sha256, cancellationToken) is { } existing)
        {
            return (new MediaAssetView(existing, await session.Media.GetFileAsync(file.Sha256, cancellationToken) ?? file), false);
        }

        var now = clock.GetUtcNow();
        var asset = new MediaAsset
        {
            AssetId = ContentIds.New(),
            FileName = fileName,
            Kind = kind,
            Sha256 = file.Sha256,
            Alt = alt,
            Tags = tags,
            CreatedBy = actor.AuditName,
            CreatedUtc = now,
            ModifiedBy = actor.AuditName,
            ModifiedUtc = now,
        };
        await session.Media.AddFileAsync(file, cancellationToken);
        await session.Media.AddAssetAsync(asset, cancellationToken);
        await AuditAsync(session, MediaAuditActions.Uploaded, asset, actor, null, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return (new MediaAssetView(asset, file), true);
    }

    /// <summary>A page of the library, newest first; needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<IReadOnlyList<MediaAssetView>> ListAsync(MediaQuery query, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Browsing the media library");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var assets = await session.Media.ListAsync(query, cancellationToken);
        var stored = await session.Media.GetFilesAsync(assets.Select(a => a.Sha256).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return assets.Select(a => new MediaAssetView(a, stored[a.Sha256])).ToList();
    }

    /// <summary>One asset with its usage and file history; needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<MediaAssetView> GetAsync(string assetId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Reading the media library");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var asset = await LiveAssetAsync(session, assetId, cancellationToken);
        return new MediaAssetView(
            asset,
            (await session.Media.GetFileAsync(asset.Sha256, cancellationToken))!,
            await session.Media.GetUsagesAsync(assetId, cancellationToken),
            await session.Media.GetAssetFilesAsync(assetId, cancellationToken));
    }

    /// <summary>Changes an asset's library entry (name, default alt text, tags, focal point).</summary>
    public async Task<MediaAssetView> UpdateAsync(string assetId, MediaAssetChange change, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Editing media");
        if (change.FocalX is < 0 or > 1 || change.FocalY is < 0 or > 1 || change.FocalX is double.NaN || change.FocalY is double.NaN)
        {
            throw ContentValidationException.For("focalPoint", "A focal point's x and y are between 0 and 1 (0.5, 0.5 is the centre).");
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var asset = await LiveAssetAsync(session, assetId, cancellationToken);
        var fileName = change.FileName is null ? asset.FileName : CleanFileName(change.FileName);
        var changed = asset with
        {
            FileName = fileName,
            Alt = change.Alt is null ? asset.Alt : CheckAlt(change.Alt, fileName),
            Tags = change.Tags is null ? asset.Tags : CleanTags(change.Tags),
            FocalX = change.FocalX ?? asset.FocalX,
            FocalY = change.FocalY ?? asset.FocalY,
            ModifiedBy = actor.AuditName,
            ModifiedUtc = clock.GetUtcNow(),
        };
        await session.Media.UpdateAssetAsync(changed, cancellationToken);
        await AuditAsync(session, MediaAuditActions.Updated, changed, actor, null, cancellationToken);
        var file = (await session.Media.GetFileAsync(changed.Sha256, cancellationToken))!;
        await session.CommitAsync(cancellationToken);
        return new MediaAssetView(changed, file);
    }

    /// <summary>
    /// Replaces an asset's file. Every item whose latest version uses the asset gets a new version with the new file (the
    /// published version keeps the old file until the new one is approved and published); refused as a whole when one of
    /// those items cannot be edited in its workflow status.
    /// </summary>
    public async Task<MediaAssetView> ReplaceAsync(string assetId, MediaUpload upload, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Replacing media");
        var (file, kind) = await IngestAsync(upload.Bytes, cancellationToken);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var asset = await LiveAssetAsync(session, assetId, cancellationToken);
        if (kind != asset.Kind)
        {
            throw new MediaConflictException($"'{asset.FileName}' is a {asset.Kind}; it can only be replaced by another {asset.Kind}, not a {kind}.");
        }

        if (file.Sha256 == asset.Sha256)
        {
            return new MediaAssetView(asset, file);
        }

        var replaced = asset with { Sha256 = file.Sha256, FileName = CleanFileName(upload.FileName), ModifiedBy = actor.AuditName, ModifiedUtc = clock.GetUtcNow() };
        await session.Media.AddFileAsync(file, cancellationToken);
        await session.Media.UpdateAssetAsync(replaced, cancellationToken);
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        foreach (var usage in (await session.Media.GetUsagesAsync(assetId, cancellationToken)).Where(u => u.Latest).DistinctBy(u => u.ContentItemId))
        {
            var latest = (await session.Content.GetAsync(usage.ContentItemId, VersionSelector.Latest, cancellationToken))!;
            var patch = definitions.Catalog.Get(latest.ContentType).Fields
                .Where(f => f.Kind == ContentFieldKind.Media && latest.Fields.ContainsKey(f.Name))
                .ToDictionary(f => f.Name, f => PointAt(latest.Fields[f.Name], assetId, file.Sha256));
            await writer.PatchAsync(latest.ContentItemId, JsonSerializer.SerializeToElement(patch), null, actor, cancellationToken);
        }

        await AuditAsync(session, MediaAuditActions.Replaced, replaced, actor, $"replaces {asset.Sha256}", cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new MediaAssetView(replaced, file);
    }

    /// <summary>Soft-deletes an asset; refused (409, naming the items) while a latest or published version uses it.</summary>
    public async Task DeleteAsync(string assetId, string? reason, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.DeleteContent, "Deleting media");
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var asset = await LiveAssetAsync(session, assetId, cancellationToken);
        var usages = await session.Media.GetUsagesAsync(assetId, cancellationToken);
        if (usages.Count > 0)
        {
            var items = usages.Select(u => u.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
            var published = usages.Any(u => u.Published) ? "a published version" : "the latest version";
            throw new MediaConflictException(
                $"'{asset.FileName}' is used by {published} of {string.Join(", ", usages.Select(u => $"'{u.DisplayText}'").Distinct())}: remove it from those items first.",
                items);
        }

        await session.Media.DeleteAssetAsync(assetId, actor.AuditName, clock.GetUtcNow(), cancellationToken);
        await AuditAsync(session, MediaAuditActions.Deleted, asset, actor, reason, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    // Sniff (type, polyglot, declared size), process (decode, strip, re-encode), hash and store the bytes.
    private async Task<(MediaFile File, MediaKind Kind)> IngestAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.LongLength > Options.MaxFileBytes)
        {
            throw new MediaRefusedException(MediaRefusalKind.TooManyBytes, $"The file has {bytes.LongLength:N0} bytes; the limit is {Options.MaxFileBytes:N0}.");
        }

        var sniffed = MediaSniffer.Inspect(bytes, Options.MaxPixels, Options.MaxSide);
        var processed = await Task.Run(() => processor.Process(bytes, sniffed), cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(processed.Bytes));
        await files.PutAsync(sha256, processed.Bytes, processed.MimeType, cancellationToken);
        var file = processed.ToFile(sha256, clock.GetUtcNow());
        return (file, sniffed.Kind);
    }

    private static JsonElement PointAt(JsonElement uses, string assetId, string sha256) => JsonSerializer.SerializeToElement(
        uses.EnumerateArray().Select(use => use.TryGetProperty("asset", out var a) && a.GetString() == assetId
            ? use.EnumerateObject().ToDictionary(p => p.Name, p => p.Name == "sha256" ? sha256 : p.Value.GetString())
            : use.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString())));

    private static async Task<MediaAsset> LiveAssetAsync(IStoreSession session, string assetId, CancellationToken cancellationToken) =>
        (ContentIds.IsWellFormed(assetId) ? await session.Media.GetAssetAsync(assetId, cancellationToken) : null) is { DeletedUtc: null } asset
            ? asset
            : throw new MediaNotFoundException($"asset '{Core.Audit.AuditText.Bounded(assetId, 80)}'");

    // The library entry's text, checked the same way for uploads, edits and assets that arrive from another instance.
    internal static string? CheckAlt(string? alt, string fileName)
    {
        if (string.IsNullOrWhiteSpace(alt))
        {
            return null;
        }

        return AltText.Problem(alt.Trim(), AltText.DefaultMaxLength, fileName) is { } problem
            ? throw ContentValidationException.For("alt", $"The asset {problem}.")
            : alt.Trim();
    }

    internal static string CleanFileName(string? name)
    {
        var clean = new string(Path.GetFileName((name ?? string.Empty).Replace('\\', '/')).Where(c => !char.IsControl(c) && !UnsafeCharacters.IsUnsafe(c)).ToArray()).Trim();
        return clean.Length == 0 ? "upload" : clean.Length > 200 ? clean[..200] : clean;
    }

    internal static string[] CleanTags(IReadOnlyList<string>? tags)
    {
        var clean = (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return clean.Length > 20 || clean.Any(t => t.Length > 40 || t.Any(char.IsControl))
            ? throw ContentValidationException.For("tags", "At most 20 tags of at most 40 characters each.")
            : clean;
    }

    private async Task AuditAsync(IStoreSession session, string action, MediaAsset asset, CmsActor actor, string? reason, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = action,
                ContentHash = "sha256:" + asset.Sha256,
                Reason = reason,
                Details = JsonSerializer.Serialize(new { asset.AssetId, asset.FileName, Kind = asset.Kind.ToString() }),
            },
            cancellationToken);

    private static void Require(CmsActor actor, string permission, string operation)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, operation);
        }
    }
}
