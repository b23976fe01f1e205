using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>A <see cref="LocalizedSite"/> on a one-node cluster with its own PostgreSQL database.</summary>
public sealed class PostgresLocalizedSite : LocalizedSite
{
    /// <inheritdoc />
    protected override async Task<(CmsTestHost Host, IAsyncDisposable Owner)> StartAsync()
    {
        var cluster = await PostgresCluster.StartAsync(nodes: 1);
        return (cluster.Nodes[0], cluster);
    }
}
