using System.Data.Common;
using System.Globalization;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Tests.Harness;

/// <summary>
/// A fresh, empty database of one engine for one test, plus a test-only side door: raw SQL on a separate
/// connection, outside any store session, for checking tables directly and trying what the store never does.
/// Disposing it deletes the database.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The store under test.</summary>
    public abstract ICmsStore Store { get; }

    /// <summary>The engine's dialect, to recognize its errors.</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>
    /// A second store instance on the same database, as another node or the command line would have; the caller
    /// disposes it when it is disposable.
    /// </summary>
    public abstract ICmsStore OpenAnotherStore();

    /// <summary>Opens a new connection to the database, outside the store.</summary>
    protected abstract Task<DbConnection> OpenRawConnectionAsync();

    /// <summary>Opens a new connection to the database, outside the store (the caller disposes it).</summary>
    public Task<DbConnection> OpenRawAsync() => OpenRawConnectionAsync();

    /// <summary>Runs one statement in its own transaction; returns the rows changed.</summary>
    public async Task<int> ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query and returns its first column of the first row as a number (COUNT and the like).</summary>
    public async Task<long> ScalarRawAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
