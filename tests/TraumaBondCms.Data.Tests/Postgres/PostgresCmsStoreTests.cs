using System.Data.Common;
using Npgsql;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Tests.Harness;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>
/// What only the PostgreSQL store promises beyond the shared contract: it creates its database, several
/// processes (here: several stores) migrate and write without racing, read sessions are read-only, the audit
/// log refuses TRUNCATE too, and times keep PostgreSQL's microsecond resolution.
/// </summary>
public sealed class PostgresCmsStoreTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database!;

    /// <inheritdoc />
    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync(migrated: true);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task Should_create_the_database_when_migrating_one_that_does_not_exist()
    {
        var server = await PostgresTestServer.GetAsync();
        var name = "created_by_store_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await using var store = new PostgresCmsStore(server.ConnectionString(name));

            var applied = await store.MigrateAsync();

            Assert.Equal(PostgresMigrations.All.Count, applied.Count);
            Assert.True((await store.CheckHealthAsync()).Healthy);
        }
        finally
        {
            await using var drop = server.Admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task Should_apply_each_migration_once_when_two_stores_migrate_together()
    {
        await using var fresh = await PostgresTestDatabase.CreateAsync(migrated: false);
        await using var other = new PostgresCmsStore(fresh.ConnectionString);

        var results = await Task.WhenAll(fresh.Store.MigrateAsync(), other.MigrateAsync());

        Assert.Equal(PostgresMigrations.All.Count, results.Sum(r => r.Count));
        Assert.Equal(PostgresMigrations.All.Count, await fresh.ScalarRawAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Should_wait_for_the_first_writer_when_another_store_begins_writing()
    {
        await using var other = new PostgresCmsStore(Database.ConnectionString);
        var first = await Database.Store.BeginWriteAsync();

        var second = other.BeginWriteAsync();

        // Not a timing claim: a second writer that got in would be done long before this delay ends.
        var raced = await Task.WhenAny(second, Task.Delay(300));
        Assert.NotSame(second, raced);
        await first.DisposeAsync();
        await using var session = await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Should_refuse_writes_when_made_in_a_read_session()
    {
        await using var session = await Database.Store.OpenReadAsync();

        var write = () => session.Site.SetSettingAsync("site.name", "\"x\"");

        var error = await Assert.ThrowsAsync<PostgresException>(write);
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, error.SqlState);
    }

    [Fact]
    public async Task Should_refuse_truncation_when_the_audit_log_is_truncated_directly()
    {
        await using (var session = await Database.Store.BeginWriteAsync())
        {
            await session.Audit.AppendAsync(new AuditEntry { OccurredUtc = ContentBuilder.Start, Action = AuditActions.RecipeRun });
            await session.CommitAsync();
        }

        var truncate = () => Database.ExecuteRawAsync("TRUNCATE audit_log");

        var error = await Assert.ThrowsAnyAsync<DbException>(truncate);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await Database.ScalarRawAsync("SELECT COUNT(*) FROM audit_log"));
    }

    [Fact]
    public async Task Should_keep_whole_microseconds_when_a_time_is_stored()
    {
        // (Not an audit entry: the audit log keeps milliseconds on purpose, the precision its hash chain covers.)
        var written = ContentBuilder.Start.AddTicks(1_234_567);
        await using (var session = await Database.Store.BeginWriteAsync())
        {
            await session.Users.InsertAsync(new CmsUser { UserId = "user-time", UserName = "time.keeper", DisplayName = "Time Keeper", PasswordHash = "x", SecurityStamp = "s", Roles = ["Editor"], CreatedUtc = written });
            await session.CommitAsync();
        }

        await using var read = await Database.Store.OpenReadAsync();
        var user = await read.Users.FindByIdAsync("user-time");

        Assert.Equal(ContentBuilder.Start.AddTicks(1_234_560), user!.CreatedUtc);
    }

    [Fact]
    public async Task Should_report_unhealthy_when_the_server_cannot_be_reached()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = 1, Timeout = 2 };
        await using var store = new PostgresCmsStore(unreachable.ConnectionString);

        var health = await store.CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.Equal("Postgres", health.Engine);
    }

    [Fact]
    public async Task Should_listen_again_and_raise_the_signal_when_the_listening_connection_is_terminated()
    {
        await using var other = new PostgresCmsStore(Database.ConnectionString);
        using var listening = new CancellationTokenSource();
        var listener = Database.Store.ListenForChangesAsync(TimeSpan.FromMilliseconds(20), listening.Token);
        var first = await WaitForListenerAsync(other: 0);
        var seen = Database.Store.Changes.Count;

        await Database.ExecuteRawAsync($"SELECT pg_terminate_backend({first})");
        await WaitForListenerAsync(other: first);
        var reconnected = Database.Store.Changes.Count;
        await using (var session = await other.BeginWriteAsync())
        {
            await session.Content.CreateAsync(new ContentBuilder().Item(), []);
            await session.CommitAsync();
        }

        Assert.True(reconnected > seen, "a reconnect raises the signal: commits may have gone unannounced meanwhile");
        Assert.True(await Database.Store.Changes.WaitAsync(reconnected).WaitAsync(TimeSpan.FromSeconds(10)) > reconnected);
        await listening.CancelAsync();
        await listener.WaitAsync(TimeSpan.FromSeconds(10));
    }

    // Waits until a session other than the one with process id <paramref name="other"/> listens on the change
    // channel (and has raised the signal that follows LISTEN); returns its process id.
    private async Task<long> WaitForListenerAsync(long other)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var pid = await Database.ScalarRawAsync(
                $"SELECT COALESCE(MAX(pid), 0) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {PostgresCmsStore.ChangeChannel}' AND pid <> {other}");
            if (pid != 0)
            {
                await Task.Delay(100);
                return pid;
            }

            Assert.True(DateTime.UtcNow < deadline, "the store did not listen within 10 s");
            await Task.Delay(20);
        }
    }
}
