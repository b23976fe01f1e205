using TraumaBondCms.Web.Health;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// The integrity line of <c>/healthz/ready</c>'s detail: the last integrity check's summary (a new one starts in the
/// background when it is older than <see cref="IntegrityOptions.ReadinessMaxAge"/>). It never makes the node unready: a
/// tampered database is answered by withholding what failed and by alarms, not by taking the crisis resources offline.
/// </summary>
public sealed class IntegrityReadinessCheck(IntegrityMonitor monitor) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "integrity";

    /// <inheritdoc />
    public Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ReadinessResult(true, monitor.Recent()?.Summary ?? "the first integrity check is running"));
}
