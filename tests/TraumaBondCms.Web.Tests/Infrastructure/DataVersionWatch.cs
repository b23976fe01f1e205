using Microsoft.Data.Sqlite;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// Tells whether any connection committed to the SQLite database since the last look, by SQLite's <c>PRAGMA data_version</c>
/// on a connection of its own (the number changes exactly when another connection commits). A look that finds no commit
/// proves the database unchanged without reading it, so a dump need only be compared after a commit.
/// </summary>
public sealed class DataVersionWatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private long _version;

    /// <summary>Starts watching the database file in <paramref name="dataPath"/>.</summary>
    public DataVersionWatch(string dataPath)
    {
        _connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "cms.db")};Mode=ReadOnly;Pooling=False");
        _connection.Open();
        _version = Read();
    }

    /// <summary>True when some connection committed since the previous call (or since the watch started).</summary>
    public bool CommittedSinceLastLook()
    {
        var version = Read();
        var committed = version != _version;
        _version = version;
        return committed;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private long Read()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }
}
