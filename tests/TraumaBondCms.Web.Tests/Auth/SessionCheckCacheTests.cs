using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// A node remembers for a few seconds (<c>Cms:Auth:SessionCheckCacheTime</c>, 5 s by default) that a session was found
/// active: a change made on that node still takes effect there at once, and one made on another node takes effect within
/// that time. Each test first uses the sessions, so that the answers after the change would come from memory.
/// </summary>
public sealed class SessionCheckCacheTests(SharedCmsHost shared, ITestOutputHelper output) : IClassFixture<SharedCmsHost>
{
    // The default of Cms:Auth:SessionCheckCacheTime, the bound the README states.
    private static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(5);

    private readonly CmsTestHost _host = shared.Host;

    [Fact]
    public async Task Should_refuse_a_token_at_once_when_an_administrator_changes_the_users_password_on_the_same_node()
    {
        using var editor = await _host.CreateUserAsync("cached.password", "Editor");
        using var admin = await _host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/api/auth/me"));

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await admin.PostAsJsonAsync("/api/users/cached.password/password", new { password = "cached.password-password-2" }));
        using var after = await editor.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_token_at_once_when_an_administrator_takes_the_users_roles_away_on_the_same_node()
    {
        using var editor = await _host.CreateUserAsync("cached.roles", "Editor");
        using var admin = await _host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/api/content?status=latest&contentType=Faq"));

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/cached.roles", new { roles = Array.Empty<string>() }));
        using var after = await editor.GetAsync("/api/content?status=latest&contentType=Faq");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_every_session_on_both_nodes_within_the_cache_time_when_the_user_signs_out_everywhere()
    {
        await using var cluster = await PostgresCluster.StartAsync(nodes: 2);
        var (nodeA, nodeB) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var onA = await nodeA.CreateUserAsync("everywhere.cached", "Editor");
        using var onB = await nodeB.SignInAsync("everywhere.cached", "everywhere.cached-password-1");
        using var onBCarriedToA = Carrying(nodeA, onB);
        using var onACarriedToB = Carrying(nodeB, onA);
        var clients = new[] { (Node: "A", Client: onA), (Node: "B", Client: onB), (Node: "A", Client: onBCarriedToA), (Node: "B", Client: onACarriedToB) };
        foreach (var (_, client) in clients)
        {
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/auth/me"));
        }

        var watch = Stopwatch.StartNew();
        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await onA.PostAsync("/api/auth/logout-everywhere", null));
        var onNodeA = await Task.WhenAll(clients.Where(c => c.Node == "A").Select(async c => (await c.Client.GetAsync("/api/auth/me")).StatusCode));
        var untilRefusedOnB = new List<TimeSpan>();
        foreach (var (_, client) in clients.Where(c => c.Node == "B"))
        {
            while ((await client.GetAsync("/api/auth/me")).StatusCode == HttpStatusCode.OK && watch.Elapsed < CacheTime * 3)
            {
                await Task.Delay(50);
            }

            untilRefusedOnB.Add(watch.Elapsed);
        }

        output.WriteLine($"refused on node B after {string.Join(", ", untilRefusedOnB.Select(t => $"{t.TotalMilliseconds:N0} ms"))} (bound {CacheTime.TotalSeconds} s)");
        Assert.All(onNodeA, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        foreach (var (_, client) in clients.Where(c => c.Node == "B"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
        }

        // The sessions were last checked against the database before the sign-out, so memory ends within the cache time of
        // it; a second of slack covers the requests themselves on a loaded machine.
        Assert.All(untilRefusedOnB, elapsed => Assert.True(elapsed < CacheTime + TimeSpan.FromSeconds(1), $"refused after {elapsed.TotalMilliseconds:N0} ms"));
    }

    // A client of another node carrying the same bearer token (nodes of one database accept each other's tokens).
    private static HttpClient Carrying(CmsTestHost node, HttpClient signedIn)
    {
        var client = node.Anonymous();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }
}
