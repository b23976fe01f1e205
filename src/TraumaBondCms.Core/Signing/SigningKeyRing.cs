namespace TraumaBondCms.Core.Signing;

/// <summary>
/// The server's signing keys: the current key pair, which signs, and every public key it ever had (current and
/// retired by rotation), which verify. After a rotation, signatures made with a retired key still verify. Immutable
/// and thread-safe; a rotation makes a new ring.
/// </summary>
public sealed class SigningKeyRing(SigningKey current, IEnumerable<PublicSigningKey> retired)
{
    /// <summary>The key that signs.</summary>
    public SigningKey Current { get; } = current;

    /// <summary>Every public key of this server, current included.</summary>
    public PublicKeySet PublicKeys { get; } = new(retired.Prepend(current.Public));

    /// <summary>Signs <paramref name="data"/> with the current key.</summary>
    public DetachedSignature Sign(ReadOnlySpan<byte> data) => Current.Sign(data);

    /// <summary>True when <paramref name="signature"/> is this server's (with any of its keys) over <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, DetachedSignature signature) => PublicKeys.Verify(data, signature);
}
