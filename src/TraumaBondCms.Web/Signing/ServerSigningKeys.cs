using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Signing;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Signing;

/// <summary>
/// The server's signing keys, loaded from the key file (<see cref="SigningOptions.KeyPath"/>, outside the database) on
/// first use, and the public keys of other instances trusted for import (<see cref="SigningOptions.TrustedKeysPath"/>).
/// A signature naming a key this process does not know makes it read the key file again once, so a key rotated by
/// another process verifies here too. Thread-safe.
/// </summary>
public sealed class ServerSigningKeys(CmsPaths paths, IOptions<SigningOptions> options, TimeProvider clock)
{
    private readonly Lock _reload = new();
    private SigningKeyRing? _ring;
    private PublicKeySet? _trusted;

    /// <summary>The key file's full path.</summary>
    public string KeyPath => Path.IsPathRooted(options.Value.KeyPath) ? options.Value.KeyPath : Path.Combine(paths.DataPath, options.Value.KeyPath);

    /// <summary>The key ring (loaded, or created with a first key, on first use).</summary>
    public SigningKeyRing Ring
    {
        get
        {
            if (Volatile.Read(ref _ring) is { } ring)
            {
                return ring;
            }

            lock (_reload)
            {
                return _ring ??= SigningKeyFile.LoadOrCreate(KeyPath, clock.GetUtcNow());
            }
        }
    }

    /// <summary>The configured trusted keys of other instances; empty when none are configured.</summary>
    public PublicKeySet TrustedKeys => _trusted ??= options.Value.TrustedKeysPath is { } file
        ? PublicKeySet.FromJwks(File.ReadAllText(CmsPaths.ResolveAppFile(file)))
        : PublicKeySet.Empty;

    /// <summary>Signs <paramref name="data"/> with the current key.</summary>
    public DetachedSignature Sign(ReadOnlySpan<byte> data) => Ring.Sign(data);

    /// <summary>True when <paramref name="signature"/> over <paramref name="data"/> was made by one of this server's keys or a trusted instance's.</summary>
    public bool Verify(ReadOnlySpan<byte> data, DetachedSignature signature)
    {
        if (TrustedKeys.Contains(signature.KeyId))
        {
            return TrustedKeys.Verify(data, signature);
        }

        if (!Ring.PublicKeys.Contains(signature.KeyId))
        {
            Reload();
        }

        return Ring.Verify(data, signature);
    }

    /// <summary>Makes a new current key in the key file; the old keys keep verifying. Returns the new ring.</summary>
    public SigningKeyRing Rotate()
    {
        lock (_reload)
        {
            return _ring = SigningKeyFile.Rotate(KeyPath, clock.GetUtcNow());
        }
    }

    private void Reload()
    {
        lock (_reload)
        {
            if (File.Exists(KeyPath))
            {
                _ring = SigningKeyFile.Load(KeyPath);
            }
        }
    }
}
