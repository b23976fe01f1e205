using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// One CMS instance of a transfer test: its server, the settings its command line needs to reach the same database and
/// signing key, and what to dispose to stop it (the host, or the PostgreSQL cluster it belongs to).
/// </summary>
public sealed record TransferInstance(CmsTestHost Host, string[] Settings, IAsyncDisposable Owner)
{
    /// <summary>Runs a command of the executable on this instance.</summary>
    public Task<CliProcess.Result> RunAsync(params string[] args) => CliProcess.RunAsync(Host.DataPath, null, [.. args, .. Settings]);
}
