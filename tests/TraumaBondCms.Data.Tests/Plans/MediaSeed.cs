using System.Security.Cryptography;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The media library part of <see cref="ScaleSeed"/>: 1,500 assets (one in ten a PDF, one in five with a replaced file, one
/// in fifty deleted), two tags each out of forty, and 3,000 uses by versions (published ones and drafts), so the media
/// tables are large enough for a scan to show in a plan. Names are deterministic; the shapes look them up here.
/// </summary>
public static class MediaSeed
{
    /// <summary>Assets written.</summary>
    public const int Assets = 1_500;

    /// <summary>The id of asset <paramref name="i"/>.</summary>
    public static string Asset(int i) => $"asset-{i % Assets:0000}";

    /// <summary>The hash of file <paramref name="i"/> (asset i's first file; Assets + i is its replacement, when it has one).</summary>
    public static string Sha(int i) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)));

    /// <summary>A tag that about one asset in twenty carries.</summary>
    public const string Tag = "tag-07";

    /// <summary>Writes the media rows in <paramref name="session"/>; <paramref name="versions"/> are the seeded versions to use them.</summary>
    public static async Task SeedAsync(IStoreSession session, IReadOnlyList<ContentItem> versions, DateTimeOffset clock)
    {
        for (var i = 0; i < Assets; i++)
        {
            var document = i % 10 == 0;
            var at = clock.AddMinutes(-Assets + i);
            var file = new MediaFile { Sha256 = Sha(i), MimeType = document ? "application/pdf" : "image/jpeg", ByteLength = 100_000 + i, Width = document ? null : 1200, Height = document ? null : 800, CreatedUtc = at };
            var asset = new MediaAsset
            {
                AssetId = Asset(i),
                FileName = $"photo-{i:0000}.{(document ? "pdf" : "jpg")}",
                Kind = document ? MediaKind.Document : MediaKind.Image,
                Sha256 = file.Sha256,
                Alt = i % 3 == 0 ? null : $"A picture of calm number {i}",
                Tags = [$"tag-{i % 40:00}", $"tag-{i * 7 % 40:00}"],
                CreatedBy = $"editor{i % 10}",
                CreatedUtc = at,
                ModifiedBy = $"editor{i % 10}",
                ModifiedUtc = at,
            };
            await session.Media.AddFileAsync(file);
            await session.Media.AddAssetAsync(asset);
            if (i % 5 == 0)
            {
                var replacement = file with { Sha256 = Sha(Assets + i) };
                await session.Media.AddFileAsync(replacement);
                await session.Media.UpdateAssetAsync(asset with { Sha256 = replacement.Sha256, ModifiedUtc = at.AddSeconds(30) });
            }

            if (i % 50 == 49)
            {
                await session.Media.DeleteAssetAsync(asset.AssetId, "editor1", at.AddSeconds(40));
            }
        }

        for (var i = 0; i < 3_000; i++)
        {
            // Each version uses one live asset's first file; asset 1 is used by many versions, as a site's logo would be.
            var asset = i % 25 == 0 ? 1 : i % Assets;
            asset = asset % 50 == 49 ? asset + 1 : asset;
            await session.Media.AddUsesAsync(versions[i * 7 % versions.Count].ContentItemVersionId, [("image", Asset(asset), Sha(asset))]);
        }
    }
}
