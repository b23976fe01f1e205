using System.Diagnostics;

namespace TraumaBondCms.Tests.TestData;

/// <summary>
/// Runs a script of <c>tests/js</c> with Node (graphql-js and graphql-http as reference tools). Fails the test,
/// never skips it, when Node or the packages are missing.
/// </summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var directory = FindJsDirectory();
        Assert.True(
            Directory.Exists(Path.Combine(directory, "node_modules", "graphql")) && Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")),
            $"graphql-js and graphql-http are not installed: run `npm ci` in {directory}.");
        var (exitCode, output, errors) = await StartAsync(directory, script, arguments);
        Assert.True(exitCode == 0, $"node {script} failed with exit code {exitCode}:\n{errors}\n{output}");
        return output;
    }

    /// <summary>
    /// Runs a script of the repository that needs no packages (e.g. <c>tools/verify-review.mjs</c>, which uses only Node's
    /// standard library) from the repository's root; returns its exit code and standard output and error together.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunRepositoryScriptAsync(string path, params string[] arguments)
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(FindJsDirectory()))!;
        var (exitCode, output, errors) = await StartAsync(root, path, arguments);
        return (exitCode, output + errors);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> StartAsync(string directory, string script, string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"Node.js is needed for this test but `node` could not be started ({error.Message}); install Node 18+.");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await errors);
        }
    }

    /// <summary>The repository's tests/js folder, found upwards from the test binaries.</summary>
    public static string FindJsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/js/package.json was not found above " + AppContext.BaseDirectory);
    }
}
