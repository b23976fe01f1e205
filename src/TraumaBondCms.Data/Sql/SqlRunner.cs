using System.Data.Common;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Runs parameterized SQL on one connection and, when present, its transaction. A thin helper so the
/// repositories read as SQL plus row mapping. Not thread-safe.
/// </summary>
/// <remarks>
/// A statement run again in the same session reuses its command, so the engine compiles it once: a bulk write (an
/// import, a recipe, a rebuild) runs the same few statements thousands of times. At most <see cref="MaxCachedCommands"/>
/// statements are kept; statements built with a varying number of parameters (IN lists) fill the rest uncached.
/// </remarks>
public sealed class SqlRunner(DbConnection connection, DbTransaction transaction, SqlDialect dialect) : IAsyncDisposable
{
    /// <summary>The most commands a session keeps for reuse.</summary>
    public const int MaxCachedCommands = 64;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The engine's dialect.</summary>
    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The session's transaction.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>The number of commands run, for tests that count database round trips.</summary>
    public int CommandCount { get; private set; }

    /// <summary>Runs a statement; returns the number of rows changed.</summary>
    public Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken));

    /// <summary>Runs a query and returns its first column of the first row, or default when there is none.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var value = await RunAsync(sql, parameters, command => command.ExecuteScalarAsync(cancellationToken));
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        RunAsync(sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(map(reader));
            }

            return rows;
        });

    /// <summary>Rows per statement of <see cref="InsertRowsAsync"/>: well under every engine's limit of bound parameters (SQLite 32,766; PostgreSQL 65,535).</summary>
    public const int RowsPerInsert = 200;

    /// <summary>
    /// Inserts rows in bulk: <c>INSERT INTO {tableAndColumns} VALUES (...), (...)</c>, <see cref="RowsPerInsert"/> rows per
    /// statement, each row's values in column order.
    /// </summary>
    public async Task InsertRowsAsync(string tableAndColumns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerInsert))
        {
            var statement = new System.Text.StringBuilder("INSERT INTO ").Append(tableAndColumns).Append(" VALUES ");
            var parameters = new (string, object?)[chunk.Sum(r => r.Length)];
            var p = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                statement.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < chunk[r].Length; c++)
                {
                    var name = "@p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    statement.Append(c == 0 ? name : ", " + name);
                    parameters[p++] = (name, chunk[r][c]);
                }

                statement.Append(')');
            }

            await ExecuteAsync(statement.ToString(), cancellationToken, parameters);
        }
    }

    /// <summary>Disposes the commands kept for reuse (the session disposes the runner before its connection).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }

    private (DbCommand Command, bool Cached) Create(string sql, (string Name, object? Value)[] parameters)
    {
        CommandCount++;
        SqlStatementRecorder.Notify(sql, parameters);
        if (_commands.TryGetValue(sql, out var command) && SameNames(command.Parameters, parameters))
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
            }

            return (command, true);
        }

        command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var cache = _commands.Count < MaxCachedCommands && !_commands.ContainsKey(sql);
        if (cache)
        {
            _commands.Add(sql, command);
        }

        return (command, cache);
    }

    // Runs one command; a command not kept for reuse is disposed afterwards.
    private async Task<T> RunAsync<T>(string sql, (string Name, object? Value)[] parameters, Func<DbCommand, Task<T>> run)
    {
        var (command, cached) = Create(sql, parameters);
        using var activity = Dialect.DriverTracesCommands ? null : DataDiagnostics.StartCommand(Dialect.Engine, sql);
        try
        {
            return await run(command);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            if (!cached)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static bool SameNames(DbParameterCollection existing, (string Name, object? Value)[] parameters)
    {
        if (existing.Count != parameters.Length)
        {
            return false;
        }

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!string.Equals(existing[i].ParameterName, parameters[i].Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
