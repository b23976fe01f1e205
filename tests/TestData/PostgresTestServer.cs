using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TraumaBondCms.Tests.TestData;

/// <summary>
/// A real PostgreSQL server for the whole test run, started on first use in a new data folder under the temp
/// directory (initdb + pg_ctl, about a second). A small watchdog process started with it stops the server and
/// deletes the folder as soon as the test process is gone, however it ended (the test host is killed shortly
/// after the run, too soon for exit handlers). Folders a watchdog could not clean are swept by the next run.
/// When the server binaries are missing every PostgreSQL test fails with the reason: CI installs PostgreSQL,
/// so a skip would hide a gap. A test that must stop and start its server (a database outage) starts a private one with
/// <see cref="StartPrivateAsync"/>; the shared server is never stopped.
/// </summary>
public sealed class PostgresTestServer : IAsyncDisposable
{
    private const string FolderPrefix = "tbcms-pgtests-";
    private static readonly Lazy<Task<PostgresTestServer>> Shared = new(() => Task.Run(() => Start(shared: true)));
    private readonly string _binaries;
    private readonly bool _asPostgresUser;
    private readonly string _folder;
    private readonly bool _shared;

    private PostgresTestServer(string binaries, bool asPostgresUser, string folder, int port, bool shared)
    {
        (_binaries, _asPostgresUser, _folder, _shared) = (binaries, asPostgresUser, folder, shared);
        Port = port;
        Admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Pooled connections to the maintenance database, for creating and dropping test databases.</summary>
    public NpgsqlDataSource Admin { get; }

    /// <summary>The folder of the PostgreSQL binaries in use (initdb, pg_ctl, pg_dump, pg_restore).</summary>
    public string BinariesPath => _binaries;

    /// <summary>The run's server, started on the first call; throws with the reason when it cannot start.</summary>
    public static Task<PostgresTestServer> GetAsync() => Shared.Value;

    /// <summary>A server of the caller's own, which it may <see cref="Stop"/> and <see cref="StartAgain"/>; dispose it when done.</summary>
    public static Task<PostgresTestServer> StartPrivateAsync() => Task.Run(() => Start(shared: false));

    /// <summary>Stops a private server (fast shutdown: open connections are cut, as in an outage).</summary>
    public void Stop()
    {
        RequirePrivate();
        Run(_binaries, _asPostgresUser, "pg_ctl", "-D", _folder, "-m", "fast", "-w", "stop");
    }

    /// <summary>Starts a stopped private server again on the same port.</summary>
    public void StartAgain()
    {
        RequirePrivate();
        StartServer(_binaries, _asPostgresUser, _folder, Port);
    }

    /// <summary>Stops a private server and deletes its folder; does nothing for the shared one (its watchdog does that).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_shared)
        {
            return;
        }

        await Admin.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(_binaries, _asPostgresUser, "pg_ctl", "-D", _folder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        DeleteFolder(_folder);
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser (trust authentication).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 10 }.ConnectionString;

    private void RequirePrivate()
    {
        if (_shared)
        {
            throw new InvalidOperationException("The run's shared PostgreSQL server is never stopped; start a private one with StartPrivateAsync.");
        }
    }

    private static PostgresTestServer Start(bool shared)
    {
        var binaries = FindBinaries();
        var asPostgresUser = Environment.UserName == "root";
        SweepAbandonedFolders(binaries, asPostgresUser);

        // initdb refuses to run as root; as root it runs as the postgres user, which creates (and owns) the folder.
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Run(binaries, asPostgresUser, "initdb", "-D", folder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        // Before the server starts, so that whatever happens from here on, the folder does not outlive the run.
        StartWatchdog(binaries, asPostgresUser, folder);

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                StartServer(binaries, asPostgresUser, folder, port);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Most likely the port was taken between choosing and binding it: choose again.
                continue;
            }

            return new PostgresTestServer(binaries, asPostgresUser, folder, port, shared);
        }
    }

    private static void StartServer(string binaries, bool asPostgresUser, string folder, int port) =>
        Run(binaries, asPostgresUser, "pg_ctl", "-D", folder, "-w", "-t", "30", "-l", Path.Combine(folder, "server.log"), "start",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=off");

    // A detached shell that polls for this process and, once it is gone, stops the server and removes its
    // folder. setsid keeps it out of the test run's process group, so a Ctrl+C on the run does not take it too.
    private static void StartWatchdog(string binaries, bool asPostgresUser, string folder)
    {
        var start = new ProcessStartInfo("setsid")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] pgCtl = asPostgresUser ? ["runuser", "-u", "postgres", "--", Path.Combine(binaries, "pg_ctl")] : [Path.Combine(binaries, "pg_ctl")];
        string[] arguments =
        [
            "sh", "-c",
            """
            exec </dev/null >/dev/null 2>&1
            parent=$1; folder=$2; shift 2
            while kill -0 "$parent"; do sleep 0.5; done
            "$@" -D "$folder" -m immediate -w stop
            rm -rf "$folder"
            """,
            "tbcms-pg-watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), folder, .. pgCtl,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the PostgreSQL watchdog (setsid sh).");
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("TBCMS_PG_BIN");
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderByDescending(d => d == "/usr/lib/postgresql/15/bin").ThenByDescending(d => d, StringComparer.Ordinal).ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "The PostgreSQL tests need a real server, but no initdb/pg_ctl was found in /usr/lib/postgresql/*/bin " +
                "(or TBCMS_PG_BIN). Install it (Debian: apt-get install -y postgresql) and run the tests again.");
    }

    // A run killed before its exit handler leaves a running server and its folder; the folder name carries the
    // test process id, so a folder whose process is gone is stopped and deleted here.
    private static void SweepAbandonedFolders(string binaries, bool asPostgresUser)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var parts = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-');
            if (!int.TryParse(parts[0], out var pid) || pid == Environment.ProcessId || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                Run(binaries, asPostgresUser, "pg_ctl", "-D", folder, "-m", "immediate", "-w", "stop");
            }
            catch (InvalidOperationException)
            {
                // Not running (or never started): only the folder is left.
            }

            DeleteFolder(folder);
        }
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string binaries, bool asPostgresUser, string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : Path.Combine(binaries, tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", Path.Combine(binaries, tool) })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new InvalidOperationException($"{tool} did not finish within a minute.");
        }

        if (process.ExitCode != 0)
        {
            var log = arguments.SkipWhile(a => a != "-l").Skip(1).FirstOrDefault();
            var serverLog = log is not null && File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed (exit {process.ExitCode}):\n{output.Result}{error.Result}{serverLog}");
        }
    }
}
