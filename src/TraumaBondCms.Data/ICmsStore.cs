namespace TraumaBondCms.Data;

/// <summary>
/// The CMS database, one implementation per engine (<see cref="Sqlite.SqliteCmsStore"/> is the embedded
/// default). Every state change happens inside one <see cref="IStoreSession"/> opened with
/// <see cref="BeginWriteAsync"/>: content, index rows and audit entries commit or roll back together.
/// Thread-safe; sessions are not.
/// </summary>
public interface ICmsStore
{
    /// <summary>The engine's name, e.g. "Sqlite".</summary>
    string Engine { get; }

    /// <summary>Creates the database if needed and applies every pending schema migration, in order, each in its own transaction.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Opens a read-only session that sees one consistent snapshot of the database.</summary>
    Task<IStoreSession> OpenReadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a write session: one transaction, writers serialized. Nothing is kept unless
    /// <see cref="IStoreSession.CommitAsync"/> is called before disposal.
    /// </summary>
    Task<IStoreSession> BeginWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// How many write sessions of this store instance have committed since it was created. It rises after each commit,
    /// before <see cref="IStoreSession.CommitAsync"/> returns, so a cache that saw the same number before and after
    /// reading knows this process changed nothing in between (other processes sharing the database are not counted).
    /// </summary>
    long CommittedWrites { get; }

    /// <summary>Checks that the database answers; returns a short description of what was found.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
