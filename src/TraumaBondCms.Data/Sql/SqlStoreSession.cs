using System.Data.Common;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// A session over one open connection (and transaction, for writes), shared by the SQL repositories.
/// Read sessions run in a read-only snapshot transaction that is rolled back at the end; write sessions
/// roll back unless <see cref="CommitAsync"/> was called. <paramref name="onDispose"/> releases whatever
/// the store holds for the session (its writer slot); <paramref name="onCommitted"/> runs after a successful commit,
/// before <see cref="CommitAsync"/> returns (the store raises <see cref="ICmsStore.Changes"/> with it);
/// <paramref name="beforeCommit"/> runs last inside the transaction (PostgreSQL announces the commit with it).
/// <paramref name="caches"/> are the store's read caches (see <see cref="SqlReadCaches"/> for which sessions use which).
/// </summary>
public sealed class SqlStoreSession(
    DbConnection connection,
    DbTransaction transaction,
    bool writable,
    SqlDialect dialect,
    Action? onDispose,
    Action? onCommitted = null,
    Func<SqlRunner, CancellationToken, Task>? beforeCommit = null,
    SqlReadCaches? caches = null) : IStoreSession
{
    private readonly SqlRunner _sql = new(connection, transaction, dialect);
    private SqlSearchIndex? _search;
    private bool _committed;
    private bool _disposed;

    /// <inheritdoc />
    public IContentRepository Content => field ??= new SqlContentRepository(_sql, SearchIndex, caches, Generation, snapshot: !writable);

    /// <inheritdoc />
    public ISearchIndex Search => SearchIndex;

    /// <inheritdoc />
    public IUserRepository Users => field ??= new SqlUserRepository(_sql);

    /// <inheritdoc />
    public IAuditLog Audit => field ??= new SqlAuditLog(_sql);

    /// <inheritdoc />
    public ISiteRepository Site => field ??= new SqlSiteRepository(_sql);

    /// <inheritdoc />
    public IWorkflowRepository Workflow => field ??= new SqlWorkflowRepository(_sql);

    /// <inheritdoc />
    public ICommentRepository Comments => field ??= new SqlCommentRepository(_sql);

    /// <inheritdoc />
    public IScheduleRepository Schedules => field ??= new SqlScheduleRepository(_sql);

    /// <inheritdoc />
    public IWebhookRepository Webhooks => field ??= new SqlWebhookRepository(_sql);

    /// <inheritdoc />
    public ISafetyRepository Safety => field ??= new SqlSafetyRepository(_sql);

    /// <inheritdoc />
    public bool IsWritable => writable;

    /// <inheritdoc />
    public IPreviewTokenRepository PreviewTokens => field ??= new SqlPreviewTokenRepository(_sql);

    /// <inheritdoc />
    public ISignInSessionRepository SignInSessions => field ??= new SqlSignInSessionRepository(_sql);

    /// <inheritdoc />
    public IKeyRingRepository KeyRing => field ??= new SqlKeyRingRepository(_sql);

    /// <inheritdoc />
    public IContentGenerationRepository ContentGeneration => Generation;

    /// <inheritdoc />
    public Media.IMediaRepository Media => field ??= new SqlMediaRepository(_sql);

    private SqlSearchIndex SearchIndex => _search ??= new SqlSearchIndex(_sql);

    private SqlContentGenerationRepository Generation => field ??= new SqlContentGenerationRepository(_sql, snapshot: !writable);

    /// <summary>The number of SQL commands this session ran.</summary>
    public int CommandCount => _sql.CommandCount;

    /// <inheritdoc />
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (!writable)
        {
            throw new InvalidOperationException("A read session has nothing to commit.");
        }

        if (beforeCommit is not null)
        {
            await beforeCommit(_sql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _committed = true;
        onCommitted?.Invoke();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            if (!_committed)
            {
                await transaction.RollbackAsync();
            }

            await _sql.DisposeAsync();
            await transaction.DisposeAsync();

            await connection.DisposeAsync();
        }
        finally
        {
            onDispose?.Invoke();
        }
    }
}
