using System.Buffers.Text;
using System.Security.Cryptography;

namespace TraumaBondCms.Core.Signing;

/// <summary>
/// A server signing key pair: ECDSA P-256 with SHA-256 (ES256). .NET 10 offers no Ed25519, so the NIST curve it does
/// offer on every platform is used. The private key never leaves the key file it was loaded from. Thread-safe.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _ecdsa;

    private SigningKey(string keyId, DateTimeOffset createdUtc, ECDsa ecdsa)
    {
        KeyId = keyId;
        CreatedUtc = createdUtc;
        _ecdsa = ecdsa;
        Public = new PublicSigningKey(keyId, createdUtc, ecdsa.ExportParameters(false).Q);
    }

    /// <summary>The key id: <c>tbk-</c>, the creation date and six random hex digits.</summary>
    public string KeyId { get; }

    /// <summary>When the pair was made.</summary>
    public DateTimeOffset CreatedUtc { get; }

    /// <summary>The public half.</summary>
    public PublicSigningKey Public { get; }

    /// <summary>Makes a new key pair.</summary>
    public static SigningKey Create(DateTimeOffset now) =>
        new($"tbk-{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}", now, ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Loads a key pair from its PKCS#8 private key.</summary>
    public static SigningKey FromPkcs8(string keyId, DateTimeOffset createdUtc, ReadOnlySpan<byte> pkcs8)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(pkcs8, out _);
        if (ecdsa.KeySize != 256)
        {
            ecdsa.Dispose();
            throw new CryptographicException($"Signing key {keyId} is not a P-256 key.");
        }

        return new SigningKey(keyId, createdUtc, ecdsa);
    }

    /// <summary>The private key as PKCS#8, for the key file.</summary>
    public byte[] ExportPkcs8() => _ecdsa.ExportPkcs8PrivateKey();

    /// <summary>Signs <paramref name="data"/>.</summary>
    public DetachedSignature Sign(ReadOnlySpan<byte> data) =>
        new(KeyId, Base64Url.EncodeToString(_ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)));

    /// <inheritdoc />
    public void Dispose() => _ecdsa.Dispose();
}
