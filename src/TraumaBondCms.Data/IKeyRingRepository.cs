namespace TraumaBondCms.Data;

/// <summary>
/// The ASP.NET Core Data Protection key ring: the XML elements (keys, revocations) it stores, shared by every node on the
/// database. Elements are only added, never changed; the key manager decides which are current.
/// </summary>
public interface IKeyRingRepository
{
    /// <summary>Every stored element's XML, oldest first.</summary>
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds an element; <paramref name="friendlyName"/> is the key manager's name for it (e.g. <c>key-{id}</c>), kept for people reading the table.</summary>
    Task AddAsync(string friendlyName, string xml, DateTimeOffset storedUtc, CancellationToken cancellationToken = default);
}
