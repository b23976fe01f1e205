using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TraumaBondCms.Core.Signing;

/// <summary>
/// Public signing keys by key id: this instance's own (current and retired) or those of another instance trusted for
/// import. Verifies a <see cref="DetachedSignature"/> with the key it names. Immutable and thread-safe.
/// </summary>
public sealed class PublicKeySet
{
    private readonly FrozenDictionary<string, PublicSigningKey> _keys;

    /// <summary>A set of <paramref name="keys"/>; a key id given twice keeps the first.</summary>
    public PublicKeySet(IEnumerable<PublicSigningKey> keys) =>
        _keys = keys.DistinctBy(k => k.KeyId, StringComparer.Ordinal).ToFrozenDictionary(k => k.KeyId, StringComparer.Ordinal);

    /// <summary>No keys: verifies nothing.</summary>
    public static PublicKeySet Empty { get; } = new([]);

    /// <summary>The keys, oldest first.</summary>
    public IReadOnlyList<PublicSigningKey> Keys => _keys.Values.OrderBy(k => k.CreatedUtc).ThenBy(k => k.KeyId, StringComparer.Ordinal).ToList();

    /// <summary>True when the set holds a key with this id.</summary>
    public bool Contains(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>True when <paramref name="signature"/> names a key of this set and is that key's signature of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, DetachedSignature signature) =>
        _keys.TryGetValue(signature.KeyId, out var key) && key.Verify(data, signature.Value);

    /// <summary>These keys and <paramref name="other"/>'s.</summary>
    public PublicKeySet Union(PublicKeySet other) => new(_keys.Values.Concat(other._keys.Values));

    /// <summary>The set as a JSON Web Key Set (<c>{ "keys": [...] }</c>, RFC 7517 section 5).</summary>
    public string ToJwks() =>
        new JsonObject { ["keys"] = new JsonArray(Keys.Select(k => (JsonNode)k.ToJwk()).ToArray()) }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Reads a JSON Web Key Set; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static PublicKeySet FromJwks(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a JSON Web Key Set: {e.Message}", e);
        }

        if (root?["keys"] is not JsonArray keys)
        {
            throw new FormatException("A JSON Web Key Set is an object with a 'keys' array.");
        }

        return new PublicKeySet(keys.Select(k => PublicSigningKey.FromJwk(k ?? throw new FormatException("A key is null."))));
    }
}
