using System.Diagnostics;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>Runs the CMS executable's command line as a real process against a data folder.</summary>
public static class CliProcess
{
    /// <summary>
    /// How to start <c>dotnet TraumaBondCms.Web.dll ARGS --Cms:DataPath=DATA</c> (with the test administrator's password) in
    /// <paramref name="environment"/>, standard streams redirected: a command, or with no command the server itself. In the
    /// <c>Testing</c> environment it has the test hosts' settings too: sample content is served, marked as unreviewed.
    /// </summary>
    public static ProcessStartInfo StartInfo(string dataPath, string environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TraumaBondCms.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Cms:DataPath={dataPath}");
        start.ArgumentList.Add($"--Cms:Setup:AdminPassword={CmsTestHost.AdminPassword}");
        if (environment == "Testing")
        {
            start.ArgumentList.Add("--Cms:Governance:PublishSamples=true");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        return start;
    }

    /// <summary>The outcome of one command.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>
    /// Runs <c>dotnet TraumaBondCms.Web.dll ARGS --Cms:DataPath=DATA</c> in the <c>Testing</c> environment with the test
    /// hosts' settings (sample content served), writing <paramref name="input"/> to standard input.
    /// </summary>
    public static Task<Result> RunAsync(string dataPath, string? input, params string[] args) =>
        RunInAsync("Testing", dataPath, input, args);

    /// <summary>Runs the command line in <paramref name="environment"/> (see <see cref="StartInfo"/>), writing <paramref name="input"/> to standard input.</summary>
    public static async Task<Result> RunInAsync(string environment, string dataPath, string? input, params string[] args)
    {
        using var process = Process.Start(StartInfo(dataPath, environment, args))!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the executable with <paramref name="args"/> on <paramref name="dataPath"/> in the Testing environment and
    /// returns the running process (standard streams redirected; the caller reads or kills it). With no command it is a
    /// server: pass <c>--urls</c>.
    /// </summary>
    public static Process Start(string dataPath, params string[] args) =>
        Process.Start(StartInfo(dataPath, "Testing", args))!;
}
