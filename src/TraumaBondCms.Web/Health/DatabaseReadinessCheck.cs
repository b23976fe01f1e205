using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Health;

/// <summary>Ready when the database answers and every schema migration this build knows is applied.</summary>
public sealed class DatabaseReadinessCheck(ICmsStore store) : IReadinessCheck
{
    /// <inheritdoc />
    public string Name => "database";

    /// <inheritdoc />
    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        var health = await store.CheckHealthAsync(cancellationToken);
        return new ReadinessResult(health.Healthy, $"{health.Engine}, schema version {health.SchemaVersion}: {health.Detail}");
    }
}
