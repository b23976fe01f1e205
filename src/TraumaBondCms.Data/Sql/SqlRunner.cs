using System.Data.Common;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Runs parameterized SQL on one connection and, when present, its transaction. A thin helper so the
/// repositories read as SQL plus row mapping. Not thread-safe.
/// </summary>
public sealed class SqlRunner(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    /// <summary>The engine's dialect.</summary>
    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The session's transaction.</summary>
    public DbTransaction Transaction { get; } = transaction;

    /// <summary>The number of commands run, for tests that count database round trips.</summary>
    public int CommandCount { get; private set; }

    /// <summary>Runs a statement; returns the number of rows changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs a query and returns its first column of the first row, or default when there is none.</summary>
    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private DbCommand Create(string sql, (string Name, object? Value)[] parameters)
    {
        CommandCount++;
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
