using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// The ASP.NET Core Data Protection key ring in the CMS database (<see cref="IKeyRingRepository"/>, SQLite or PostgreSQL),
/// so that every node on one database signs and reads cookies and bearer tokens with the same keys. The key manager calls
/// it rarely (at start, when it makes a key, about once a day) and synchronously, so each call waits for the store.
/// Elements are stored as the key manager gives them: encrypted when a certificate is configured (<c>Cms:KeyRing</c>).
/// </summary>
public sealed class CmsStoreXmlRepository(ICmsStore store, TimeProvider clock) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements() => ReadAsync().GetAwaiter().GetResult();

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName) => WriteAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> ReadAsync()
    {
        await using var session = await store.OpenReadAsync();
        return (await session.KeyRing.ListAsync()).Select(xml => XElement.Parse(xml)).ToArray();
    }

    private async Task WriteAsync(XElement element, string friendlyName)
    {
        await using var session = await store.BeginWriteAsync();
        await session.KeyRing.AddAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow());
        await session.CommitAsync();
    }
}
