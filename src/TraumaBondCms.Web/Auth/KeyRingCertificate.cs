using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Loads the certificate that encrypts the Data Protection keys in the database (<see cref="KeyRingOptions.CertificatePath"/>).
/// A configured certificate that cannot be used stops the start with the reason, rather than keys being stored in the clear.
/// </summary>
public static class KeyRingCertificate
{
    /// <summary>The certificate with its RSA private key; null when none is configured. Relative paths are resolved against <paramref name="contentRoot"/>.</summary>
    public static X509Certificate2? Load(KeyRingOptions keyRing, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(keyRing.CertificatePath))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(contentRoot, keyRing.CertificatePath));
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, keyRing.CertificatePassword);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cms:KeyRing:CertificatePath '{path}' cannot be read as a PKCS #12 (.pfx) file with Cms:KeyRing:CertificatePassword: {e.Message}", e);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"Cms:KeyRing:CertificatePath '{path}' has no RSA private key; the key ring needs one to decrypt its keys.");
        }

        return certificate;
    }
}
