using System.Net;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Health;

/// <summary>Readiness follows the database: a node on a PostgreSQL server of its own, which the test stops and starts.</summary>
public sealed class PostgresReadinessTests
{
    [Fact]
    public async Task Should_turn_unready_when_postgresql_stops_and_ready_again_when_it_returns()
    {
        await using var server = await PostgresTestServer.StartPrivateAsync();
        await using var cluster = await PostgresCluster.StartAsync(server, nodes: 1, settings: new Dictionary<string, string?> { ["Cms:Health:CheckTimeout"] = "00:00:02" });
        var node = cluster.Nodes[0];
        using var probe = node.Anonymous();
        using var admin = await node.AdminAsync();
        var before = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/healthz/ready"));

        server.Stop();
        var down = await Eventually.ValueAsync(async () => await probe.GetAsync("/healthz/ready") is { StatusCode: HttpStatusCode.ServiceUnavailable } r ? await HttpAssert.JsonAsync(r) : (System.Text.Json.JsonElement?)null);
        var liveWhileDown = await probe.GetAsync("/healthz/live");
        server.StartAgain();
        var back = await Eventually.ValueAsync(async () => await probe.GetAsync("/healthz/ready") is { StatusCode: HttpStatusCode.OK } r ? await HttpAssert.JsonAsync(r) : (System.Text.Json.JsonElement?)null, TimeSpan.FromSeconds(30));
        var detailAfter = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/healthz/ready"));

        Assert.StartsWith("Postgres, schema version", before.GetProperty("checks").GetProperty("database").GetProperty("detail").GetString());
        Assert.Equal("NotReady", down.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, liveWhileDown.StatusCode);
        Assert.Equal("Ready", back.GetProperty("status").GetString());
        Assert.True(detailAfter.GetProperty("checks").GetProperty("database").GetProperty("ready").GetBoolean());
    }
}
