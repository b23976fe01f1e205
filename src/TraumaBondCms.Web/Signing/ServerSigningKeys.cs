using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Signing;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Signing;

/// <summary>
/// The server's signing keys, loaded from the key file (<see cref="SigningOptions.KeyPath"/>, outside the database) on
/// first use, and the public keys of other instances trusted for import: those configured
/// (<see cref="SigningOptions.TrustedKeysPath"/>) and those an import accepted signatures of, remembered beside the key file
/// (<see cref="TrustedFilePath"/>, also outside the database) so that what was imported keeps verifying when the server
/// checks it again. A signature naming a key this process does not know makes it read the files again once, so a key
/// rotated (or trusted) by another process verifies here too. Thread-safe.
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

    /// <summary>The file beside the key file where the keys of other instances that imports trusted are remembered.</summary>
    public string TrustedFilePath => Path.Combine(Path.GetDirectoryName(KeyPath)!, "trusted-signing-keys.json");

    /// <summary>The trusted keys of other instances: configured and remembered from imports; empty when there are none.</summary>
    public PublicKeySet TrustedKeys => _trusted ??= LoadTrusted();

    /// <summary>
    /// Remembers the configured trusted keys (<see cref="SigningOptions.TrustedKeysPath"/>) beside the key file, after an import
    /// accepted signatures made with them, so the server keeps verifying what was imported. Returns how many keys are remembered.
    /// </summary>
    public int RememberTrustedKeys()
    {
        if (options.Value.TrustedKeysPath is null)
        {
            return 0;
        }

        lock (_reload)
        {
            var remembered = File.Exists(TrustedFilePath) ? PublicKeySet.FromJwks(File.ReadAllText(TrustedFilePath)) : PublicKeySet.Empty;
            var all = remembered.Union(PublicKeySet.FromJwks(File.ReadAllText(CmsPaths.ResolveAppFile(options.Value.TrustedKeysPath))));
            Directory.CreateDirectory(Path.GetDirectoryName(TrustedFilePath)!);
            var temporary = TrustedFilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, all.ToJwks());
            File.Move(temporary, TrustedFilePath, overwrite: true);
            _trusted = null;
            return all.Keys.Count;
        }
    }

    /// <summary>True when <paramref name="signature"/> over <paramref name="data"/> was made by one of this server's own keys (never a trusted instance's).</summary>
    public bool VerifyOwn(ReadOnlySpan<byte> data, DetachedSignature signature)
    {
        if (!Ring.PublicKeys.Contains(signature.KeyId))
        {
            Reload();
        }

        return Ring.Verify(data, signature);
    }

    /// <summary>Signs <paramref name="data"/> with the current key.</summary>
    public DetachedSignature Sign(ReadOnlySpan<byte> data) => Ring.Sign(data);

    /// <summary>True when <paramref name="signature"/> over <paramref name="data"/> was made by one of this server's keys or a trusted instance's.</summary>
    public bool Verify(ReadOnlySpan<byte> data, DetachedSignature signature)
    {
        if (!TrustedKeys.Contains(signature.KeyId) && !Ring.PublicKeys.Contains(signature.KeyId))
        {
            Reload();
        }

        return TrustedKeys.Contains(signature.KeyId) ? TrustedKeys.Verify(data, signature) : Ring.Verify(data, signature);
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

            _trusted = null;
        }
    }

    private PublicKeySet LoadTrusted()
    {
        var configured = options.Value.TrustedKeysPath is { } file ? PublicKeySet.FromJwks(File.ReadAllText(CmsPaths.ResolveAppFile(file))) : PublicKeySet.Empty;
        return File.Exists(TrustedFilePath) ? configured.Union(PublicKeySet.FromJwks(File.ReadAllText(TrustedFilePath))) : configured;
    }
}
