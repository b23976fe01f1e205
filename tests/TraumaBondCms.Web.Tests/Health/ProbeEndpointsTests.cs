using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Health;

/// <summary><c>/healthz/live</c> and <c>/healthz/ready</c> on SQLite: who sees what (the search index's lag: <see cref="SearchIndexReadinessTests"/>).</summary>
public sealed class ProbeEndpointsTests(SharedCmsHost shared) : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host = shared.Host;

    [Fact]
    public async Task Should_say_only_ready_to_anonymous_callers_when_every_check_passes()
    {
        using var anonymous = _host.Anonymous();

        var live = await anonymous.GetAsync("/healthz/live");
        var ready = await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.GetAsync("/healthz/ready"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("no-store", live.Headers.CacheControl?.ToString());
        Assert.Equal("Ready", ready.GetProperty("status").GetString());
        Assert.False(ready.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Should_show_administrators_each_check_when_they_ask_for_readiness()
    {
        using var admin = await _host.AdminAsync();
        using var editor = await _host.CreateUserAsync("editor.probe", "Editor");

        var detail = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/healthz/ready"));
        var editorView = await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/healthz/ready"));

        var checks = detail.GetProperty("checks");
        Assert.Equal(["database", "searchIndex", "keyRing", "integrity"], checks.EnumerateObject().Select(c => c.Name));
        Assert.All(checks.EnumerateObject(), c => Assert.True(c.Value.GetProperty("ready").GetBoolean(), c.Value.ToString()));
        Assert.StartsWith("Sqlite, schema version", checks.GetProperty("database").GetProperty("detail").GetString());
        Assert.StartsWith("0 change(s) waiting", checks.GetProperty("searchIndex").GetProperty("detail").GetString());
        Assert.Matches("^(the first integrity check is running|verified at .*: \\d+ audit entries)", checks.GetProperty("integrity").GetProperty("detail").GetString());
        Assert.False(editorView.TryGetProperty("checks", out _));
    }
}
