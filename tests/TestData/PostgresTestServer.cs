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
/// so a skip would hide a gap.
/// </summary>
public sealed class PostgresTestServer
{
    private const string FolderPrefix = "tbcms-pgtests-";
    private static readonly Lazy<Task<PostgresTestServer>> Shared = new(() => Task.Run(Start));

    private PostgresTestServer(int port)
    {
        Port = port;
        Admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Pooled connections to the maintenance database, for creating and dropping test databases.</summary>
    public NpgsqlDataSource Admin { get; }

    /// <summary>The run's server, started on the first call; throws with the reason when it cannot start.</summary>
    public static Task<PostgresTestServer> GetAsync() => Shared.Value;

    /// <summary>A connection string for <paramref name="database"/> as the superuser (trust authentication).</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 10 }.ConnectionString;

    private static PostgresTestServer Start()
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
                Run(binaries, asPostgresUser, "pg_ctl", "-D", folder, "-w", "-t", "30", "-l", Path.Combine(folder, "server.log"), "start",
                    "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=off");
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Most likely the port was taken between choosing and binding it: choose again.
                continue;
            }

            return new PostgresTestServer(port);
        }
    }

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
