using Npgsql;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Setup;

/// <summary>First start on a shared database: however many nodes start at once, setup happens once.</summary>
public sealed class CmsSetupTests
{
    [Fact]
    public async Task Should_run_the_setup_recipe_once_when_two_nodes_start_together_on_a_new_database()
    {
        await using var cluster = await PostgresCluster.StartAsync(nodes: 0);

        await Task.WhenAll(Task.Run(() => cluster.AddNode()), Task.Run(() => cluster.AddNode()));

        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var runs = new NpgsqlCommand("SELECT COUNT(*) FROM recipe_runs", connection);
        Assert.Equal(1L, await runs.ExecuteScalarAsync());
        foreach (var node in cluster.Nodes)
        {
            using var admin = await node.AdminAsync();
            Assert.True((await admin.GetAsync("/api/auth/me")).IsSuccessStatusCode);
        }
    }
}
