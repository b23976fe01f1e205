using System.Diagnostics;
using Npgsql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// Runs PostgreSQL's client tools (<c>pg_dump</c>, <c>pg_restore</c>) against the store's database. The connection goes
/// through libpq's environment variables (<c>PGHOST</c>, <c>PGPASSWORD</c>, ...), never the command line, so no password
/// shows in a process list.
/// </summary>
internal sealed class PgClientTools(NpgsqlConnectionStringBuilder settings, string? toolsPath)
{
    /// <summary>The full path of <paramref name="tool"/>, or null when it is neither in the configured folder nor on the PATH.</summary>
    public string? Find(string tool)
    {
        if (toolsPath is { Length: > 0 })
        {
            var configured = Path.Combine(toolsPath, tool);
            return File.Exists(configured) ? configured : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/>; throws <see cref="IOException"/> with its error output when it fails.</summary>
    public async Task RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Find(tool) ?? throw new IOException($"{tool} was not found ({(toolsPath is { Length: > 0 } ? $"in {toolsPath}" : "on the PATH")}); set Cms:Backup:PostgresToolsPath to the folder of the PostgreSQL client tools.");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        SetEnvironment(start.Environment);
        using var process = Process.Start(start) ?? throw new IOException($"{tool} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new IOException($"{tool} failed (exit code {process.ExitCode}): {(await error).Trim()} {(await output).Trim()}".Trim());
        }
    }

    private void SetEnvironment(IDictionary<string, string?> environment)
    {
        Set(environment, "PGHOST", settings.Host);
        Set(environment, "PGPORT", settings.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(environment, "PGUSER", settings.Username);
        Set(environment, "PGPASSWORD", settings.Password);
        Set(environment, "PGPASSFILE", settings.Passfile);
        Set(environment, "PGDATABASE", settings.Database);
        Set(environment, "PGCONNECT_TIMEOUT", settings.Timeout.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(environment, "PGSSLMODE", settings.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        });
    }

    private static void Set(IDictionary<string, string?> environment, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            environment[name] = value;
        }
    }
}
