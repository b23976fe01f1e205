using System.Text.Json;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Media;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// The stored facts (type, size) of the files that Media values name, so the review screen and diffs can show each use as
/// an image or a document link. One query per call; no query when the values use no file. Read-only; thread-safe.
/// </summary>
public sealed class MediaPreviews(ICmsStore store)
{
    /// <summary>The files the uses in <paramref name="values"/> (stored Media values: arrays of uses) name, by SHA-256.</summary>
    public async Task<IReadOnlyDictionary<string, MediaFile>> FilesAsync(IEnumerable<JsonElement?> values, CancellationToken cancellationToken = default)
    {
        var hashes = values.SelectMany(Uses).Select(u => u.Sha256).Where(Core.Media.MediaUse.IsSha256).ToHashSet(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return new Dictionary<string, MediaFile>();
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Media.GetFilesAsync(hashes, cancellationToken);
    }

    /// <summary>The uses in one stored Media value, in order; empty for no value or one of another shape.</summary>
    public static IReadOnlyList<(string AssetId, string Sha256, string Alt, string? Caption, string? Credit)> Uses(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object)
                .Select(u => (Text(u, "asset") ?? string.Empty, Text(u, "sha256") ?? string.Empty, Text(u, "alt") ?? string.Empty, Text(u, "caption"), Text(u, "credit")))
                .ToList()
            : [];

    /// <summary>
    /// What changed between two Media values, in words for the reviewer: a use added or removed, a new file for the same asset,
    /// new alt text, caption or credit.
    /// </summary>
    public static IReadOnlyList<string> Changes(JsonElement? before, JsonElement? after)
    {
        var old = Uses(before);
        var now = Uses(after);
        var changes = new List<string>();
        foreach (var use in now)
        {
            var was = old.FirstOrDefault(o => o.AssetId == use.AssetId);
            if (was.AssetId is null)
            {
                changes.Add($"Added an image or file with alt text “{use.Alt}”.");
                continue;
            }

            if (was.Sha256 != use.Sha256)
            {
                changes.Add($"The file changed (new bytes: {Short(was.Sha256)} → {Short(use.Sha256)}).");
            }

            if (was.Alt != use.Alt)
            {
                changes.Add($"Alt text changed from “{was.Alt}” to “{use.Alt}”.");
            }

            if (was.Caption != use.Caption || was.Credit != use.Credit)
            {
                changes.Add("The caption or credit changed.");
            }
        }

        changes.AddRange(old.Where(o => now.All(n => n.AssetId != o.AssetId)).Select(o => $"Removed the image or file with alt text “{o.Alt}”."));
        return changes;
    }

    private static string Short(string sha256) => sha256.Length > 12 ? sha256[..12] : sha256;

    private static string? Text(JsonElement use, string name) =>
        use.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
