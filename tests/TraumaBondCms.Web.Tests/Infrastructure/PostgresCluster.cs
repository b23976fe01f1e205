using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// Several CMS nodes, each a real Kestrel server with a data folder of its own, sharing one new PostgreSQL database
/// on the run's <see cref="PostgresTestServer"/>: what an operator runs behind a load balancer. The first node sets
/// the database up (setup recipe, administrator); the others start on it. Disposal stops every node and drops the
/// database.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly PostgresTestServer _server;
    private readonly string _database;
    private readonly List<CmsTestHost> _nodes = [];
    private readonly string _keyPath;

    private PostgresCluster(PostgresTestServer server, string database, string? signingKeyPath)
    {
        _server = server;
        _database = database;
        _keyPath = Path.Combine(CmsTestHost.NewDataPath(), "shared-signing-keys.json");
        if (signingKeyPath is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_keyPath)!);
            File.Copy(signingKeyPath, _keyPath);
        }
    }

    /// <summary>The nodes, in the order they started.</summary>
    public IReadOnlyList<CmsTestHost> Nodes => _nodes;

    /// <summary>The shared database's connection string.</summary>
    public string ConnectionString => _server.ConnectionString(_database);

    /// <summary>
    /// The settings that point the command line (<see cref="CliProcess"/>) at this cluster's database and signing key, as
    /// an operator runs a command on one of its nodes.
    /// </summary>
    public string[] CommandLineSettings => ["--Cms:Database:Provider=Postgres", $"--ConnectionStrings:Cms={ConnectionString}", $"--Cms:Signing:KeyPath={_keyPath}"];

    /// <summary>The signing key file the nodes share.</summary>
    public string SigningKeyPath => _keyPath;

    /// <summary>The server the database is on.</summary>
    public PostgresTestServer Server => _server;

    /// <summary>Starts <paramref name="nodes"/> nodes on a new database, each with <paramref name="settings"/> added to its configuration.</summary>
    public static async Task<PostgresCluster> StartAsync(int nodes = 2, IDictionary<string, string?>? settings = null) =>
        await StartAsync(await PostgresTestServer.GetAsync(), nodes, settings);

    /// <summary>Starts nodes on a new database of <paramref name="server"/> (a private server the test may stop).</summary>
    public static Task<PostgresCluster> StartAsync(PostgresTestServer server, int nodes = 1, IDictionary<string, string?>? settings = null) =>
        AttachAsync(server, "cms_" + Guid.NewGuid().ToString("N")[..12], nodes, settings);

    /// <summary>
    /// Starts nodes on <paramref name="database"/> of <paramref name="server"/> (set up already, or new), with a copy of the
    /// signing key file <paramref name="signingKeyPath"/> (a restored database needs the keys of the instance it came from; a
    /// new key when null); disposal drops the database.
    /// </summary>
    public static async Task<PostgresCluster> AttachAsync(PostgresTestServer server, string database, int nodes = 1, IDictionary<string, string?>? settings = null, string? signingKeyPath = null)
    {
        var cluster = new PostgresCluster(server, database, signingKeyPath);
        try
        {
            for (var i = 0; i < nodes; i++)
            {
                cluster.AddNode(settings);
            }
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Starts one more node on the shared database. Thread-safe: nodes may start at the same time.</summary>
    public CmsTestHost AddNode(IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Cms:Database:Provider"] = "Postgres",
            ["ConnectionStrings:Cms"] = ConnectionString,

            // Nodes of one database share one signing key file, as an operator mounts one secret into every node.
            ["Cms:Signing:KeyPath"] = _keyPath,
        };
        var node = new CmsTestHost(settings: configuration);
        lock (_nodes)
        {
            _nodes.Add(node);
        }

        return node;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        await using var drop = _server.Admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
        CmsTestHost.DeleteData(Path.GetDirectoryName(_keyPath)!);
    }
}
