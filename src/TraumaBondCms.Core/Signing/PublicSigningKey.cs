using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace TraumaBondCms.Core.Signing;

/// <summary>
/// The public half of a server signing key: an ECDSA P-256 point with its key id, as published at
/// <c>/.well-known/tbcms-signing-keys</c> (a JSON Web Key, RFC 7517/7518, <c>alg: ES256</c>). Verifies signatures;
/// never signs. Thread-safe.
/// </summary>
public sealed class PublicSigningKey
{
    private readonly ECParameters _parameters;

    /// <summary>Wraps a P-256 public point.</summary>
    public PublicSigningKey(string keyId, DateTimeOffset createdUtc, ECPoint point)
    {
        if (point.X is not { Length: 32 } || point.Y is not { Length: 32 })
        {
            throw new ArgumentException("A P-256 public key has 32-byte X and Y coordinates.", nameof(point));
        }

        KeyId = keyId;
        CreatedUtc = createdUtc;
        _parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = point };
    }

    /// <summary>The key id signatures name.</summary>
    public string KeyId { get; }

    /// <summary>When the key pair was made.</summary>
    public DateTimeOffset CreatedUtc { get; }

    /// <summary>True when <paramref name="signature"/> (base64url, IEEE P1363) is this key's signature of <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, string signature)
    {
        byte[] value;
        try
        {
            value = Base64Url.DecodeFromChars(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        using var ecdsa = ECDsa.Create(_parameters);
        return ecdsa.VerifyData(data, value, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>The key as a JSON Web Key, with its creation time as <c>iat</c> (seconds since 1970).</summary>
    public JsonObject ToJwk() => new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["kid"] = KeyId,
        ["use"] = "sig",
        ["alg"] = "ES256",
        ["x"] = Base64Url.EncodeToString(_parameters.Q.X),
        ["y"] = Base64Url.EncodeToString(_parameters.Q.Y),
        ["iat"] = CreatedUtc.ToUnixTimeSeconds(),
    };

    /// <summary>Reads a JSON Web Key written by <see cref="ToJwk"/>; throws <see cref="FormatException"/> for anything else.</summary>
    public static PublicSigningKey FromJwk(JsonNode jwk)
    {
        string Member(string name) => jwk[name]?.GetValue<string>() ?? throw new FormatException($"A signing key needs '{name}'.");
        if (Member("kty") != "EC" || Member("crv") != "P-256")
        {
            throw new FormatException("Only EC P-256 (ES256) signing keys are understood.");
        }

        var created = jwk["iat"] is { } iat ? DateTimeOffset.FromUnixTimeSeconds(iat.GetValue<long>()) : DateTimeOffset.UnixEpoch;
        try
        {
            return new PublicSigningKey(Member("kid"), created, new ECPoint { X = Base64Url.DecodeFromChars(Member("x")), Y = Base64Url.DecodeFromChars(Member("y")) });
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }
}
