namespace TraumaBondCms.Web.Health;

/// <summary>
/// One condition of <c>/healthz/ready</c>. Every registered check must pass for the node to be ready; an area adds its
/// own with <c>services.AddSingleton&lt;IReadinessCheck, ...&gt;()</c>. A check that throws or runs past
/// <see cref="HealthOptions.CheckTimeout"/> counts as failed. Implementations are thread-safe.
/// </summary>
public interface IReadinessCheck
{
    /// <summary>The check's name in the administrators' detail (e.g. <c>database</c>).</summary>
    string Name { get; }

    /// <summary>Runs the check.</summary>
    Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}
