using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary><see cref="ContentTransferTests"/> between two instances, each a one-node cluster on its own PostgreSQL database.</summary>
public sealed class PostgresContentTransferTests : ContentTransferTests
{
    /// <inheritdoc />
    protected override async Task<TransferInstance> StartInstanceAsync()
    {
        var cluster = await PostgresCluster.StartAsync(nodes: 1);
        return new TransferInstance(cluster.Nodes[0], cluster.CommandLineSettings, cluster);
    }
}
