using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>Registers the ASP.NET Core Data Protection key ring kept in the database, encrypted to a certificate when one is configured.</summary>
public static class KeyRingServiceCollectionExtensions
{
    /// <summary>
    /// Data Protection for the CMS: one application name on every node, keys in <see cref="CmsStoreXmlRepository"/>; with
    /// <see cref="KeyRingOptions.CertificatePath"/>, new keys are encrypted to that certificate and decrypted with it (not
    /// with one looked up in a certificate store the node may not have).
    /// </summary>
    public static IServiceCollection AddCmsKeyRing(this IServiceCollection services, KeyRingOptions keyRing, string contentRoot)
    {
        var protection = services.AddDataProtection().SetApplicationName("TraumaBondCms");
        if (KeyRingCertificate.Load(keyRing, contentRoot) is { } certificate)
        {
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        services.AddOptions<KeyManagementOptions>().Configure<ICmsStore, TimeProvider>((o, store, clock) => o.XmlRepository = new CmsStoreXmlRepository(store, clock));
        return services;
    }
}
