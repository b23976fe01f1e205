namespace TraumaBondCms.Core.Signing;

/// <summary>
/// A signature kept apart from what it signs: the id of the key that made it and the ES256 signature value
/// (ECDSA P-256 over SHA-256, the 64-byte IEEE P1363 form), base64url without padding.
/// </summary>
/// <param name="KeyId">The signing key's id, e.g. <c>tbk-20261207-3f9a1c</c>.</param>
/// <param name="Value">The signature, base64url.</param>
public sealed record DetachedSignature(string KeyId, string Value);
