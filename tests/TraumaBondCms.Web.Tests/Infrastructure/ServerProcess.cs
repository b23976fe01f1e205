using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// The CMS server as an operator runs it: the real executable in its own process on <c>http://127.0.0.1:0</c> with a data
/// folder of its own, every line of its standard output kept. <see cref="StopAsync"/> sends SIGTERM, as a container
/// runtime or systemd does. Disposal kills what is still running and deletes the data folder.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _dataPath;

    private ServerProcess(string dataPath, IDictionary<string, string> environment, string[] args)
    {
        _dataPath = dataPath;
        // Production requires a second factor of administrators; these servers are signed in to with a password (the second
        // factor has tests of its own), unless a test says otherwise.
        string[] auth = args.Any(a => a.StartsWith("--Cms:Auth:RequireSecondFactor", StringComparison.Ordinal)) ? [] : ["--Cms:Auth:RequireSecondFactor=false"];
        var start = CliProcess.StartInfo(dataPath, "Production", ["--urls", "http://127.0.0.1:0", .. auth, .. args]);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>The server's data folder (deleted on disposal).</summary>
    public string DataPath => _dataPath;

    /// <summary>The server's address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every line written to standard output and error so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts a server and waits (up to a minute) until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(IDictionary<string, string>? environment = null, params string[] args)
    {
        var server = new ServerProcess(CmsTestHost.NewDataPath(), environment ?? new Dictionary<string, string>(), args);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await server._listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException("The server did not start listening within a minute:\n" + string.Join('\n', server.Output));
        }

        return server;
    }

    /// <summary>A client for the server.</summary>
    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    /// <summary>Sends SIGTERM (a graceful stop).</summary>
    public void SignalStop()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits (up to a minute) for the process to exit; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM and waits for the process to exit; returns its exit code.</summary>
    public Task<int> StopAsync()
    {
        SignalStop();
        return WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        CmsTestHost.DeleteData(_dataPath);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[0-9.]+:[0-9]+)")]
    private static partial Regex Listening();
}
