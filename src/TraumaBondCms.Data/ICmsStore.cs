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
    /// Opens a read-only session that reads what the database holds, as an auditor must: no read cache, and published reads
    /// are not filtered by <see cref="PublishedGuard"/> (the integrity check reports what the guard would withhold).
    /// </summary>
    Task<IStoreSession> OpenAuditReadAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks published versions before read sessions serve them (see <see cref="PublishedVersionGuard"/>); off until the host gives it a verifier.</summary>
    PublishedVersionGuard PublishedGuard { get; }

    /// <summary>
    /// Opens a write session: one transaction, writers serialized. Nothing is kept unless
    /// <see cref="IStoreSession.CommitAsync"/> is called before disposal.
    /// </summary>
    Task<IStoreSession> BeginWriteAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Rises after each commit of this store instance, before <see cref="IStoreSession.CommitAsync"/> returns, and,
    /// while <see cref="ListenForChangesAsync"/> runs, soon after any other process commits to the same database. A cache
    /// that saw the same <see cref="ChangeSignal.Count"/> before and after reading knows that nothing it could be told
    /// about changed in between.
    /// </summary>
    ChangeSignal Changes { get; }

    /// <summary>
    /// Listens for commits by other processes on the same database and raises <see cref="Changes"/> for each, until
    /// <paramref name="cancellationToken"/> fires (then it returns). PostgreSQL delivers a notification that every
    /// write transaction sends as it commits (<c>LISTEN</c>/<c>NOTIFY</c>, milliseconds); SQLite is asked for its
    /// <c>data_version</c> every <paramref name="pollInterval"/>. A lost connection is retried with backoff and raises
    /// the signal once it is back, since commits may have gone unannounced meanwhile. Run it once per store.
    /// </summary>
    Task ListenForChangesAsync(TimeSpan pollInterval, CancellationToken cancellationToken);

    /// <summary>Checks that the database answers; returns a short description of what was found.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
