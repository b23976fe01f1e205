using System.Text.Json;
using System.Text.Json.Serialization;
using TraumaBondCms.Core.Signing;

namespace TraumaBondCms.Web.Signing;

/// <summary>
/// The key file: every signing key the server ever had, newest last; only the current (newest) one keeps its private
/// key, retired ones keep their public key so their signatures still verify. Created with a first key when missing (by
/// one process: the file is written aside and moved into place without overwriting, so nodes starting together agree
/// on one key). On Unix the file is readable by its owner only. Thread-safe through the file system.
/// </summary>
public static class SigningKeyFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Loads the key ring in <paramref name="path"/>, creating the file with a new key when it does not exist.</summary>
    public static SigningKeyRing LoadOrCreate(string path, DateTimeOffset now)
    {
        if (!File.Exists(path))
        {
            using var first = SigningKey.Create(now);
            TryCreate(path, [Entry(first)]);
        }

        return Load(path);
    }

    /// <summary>Loads the key ring in <paramref name="path"/>; throws <see cref="InvalidDataException"/> for a damaged file.</summary>
    public static SigningKeyRing Load(string path)
    {
        var entries = Read(path);
        var current = entries[^1];
        if (current.PrivateKey is null)
        {
            throw new InvalidDataException($"The newest key in {path} ({current.KeyId}) has no private key.");
        }

        return new SigningKeyRing(SigningKey.FromPkcs8(current.KeyId, current.CreatedUtc, Convert.FromBase64String(current.PrivateKey)), RetiredKeys(entries));
    }

    /// <summary>
    /// Adds a new current key; the previous keys stay as public keys only, so what they signed still verifies. Returns the
    /// new ring. Other processes using the file pick the new key up when they next load it (restart them).
    /// </summary>
    public static SigningKeyRing Rotate(string path, DateTimeOffset now)
    {
        var entries = Read(path).Select(e => e with { PrivateKey = null }).ToList();
        using var next = SigningKey.Create(now);
        entries.Add(Entry(next));
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        Write(temporary, entries);
        File.Move(temporary, path, overwrite: true);
        return Load(path);
    }

    private static IEnumerable<PublicSigningKey> RetiredKeys(List<KeyEntry> entries) =>
        entries.Take(entries.Count - 1).Select(e => PublicSigningKey.FromJwk(System.Text.Json.Nodes.JsonNode.Parse(e.PublicJwk)!));

    private static KeyEntry Entry(SigningKey key) =>
        new(key.KeyId, key.CreatedUtc, key.Public.ToJwk().ToJsonString(), Convert.ToBase64String(key.ExportPkcs8()));

    private static List<KeyEntry> Read(string path)
    {
        try
        {
            var file = JsonSerializer.Deserialize<KeyFileContent>(File.ReadAllText(path), Json);
            return file?.Keys is { Count: > 0 } keys ? keys : throw new InvalidDataException($"The signing key file {path} holds no key.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The signing key file {path} is damaged: {e.Message}", e);
        }
    }

    private static void TryCreate(string path, List<KeyEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        Write(temporary, entries);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the file first; its key is the one everybody uses.
            File.Delete(temporary);
        }
    }

    private static void Write(string path, List<KeyEntry> entries)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        {
            JsonSerializer.Serialize(stream, new KeyFileContent(entries), Json);
        }
    }

    private sealed record KeyFileContent(List<KeyEntry> Keys);

    private sealed record KeyEntry(string KeyId, DateTimeOffset CreatedUtc, string PublicJwk, string? PrivateKey);
}
