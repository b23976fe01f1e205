using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Health;

/// <summary><c>/healthz/live</c> and <c>/healthz/ready</c> on SQLite: who sees what, and each readiness condition.</summary>
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
        Assert.Equal(["database", "searchIndex", "keyRing"], checks.EnumerateObject().Select(c => c.Name));
        Assert.All(checks.EnumerateObject(), c => Assert.True(c.Value.GetProperty("ready").GetBoolean(), c.Value.ToString()));
        Assert.StartsWith("Sqlite, schema version", checks.GetProperty("database").GetProperty("detail").GetString());
        Assert.StartsWith("0 change(s) waiting", checks.GetProperty("searchIndex").GetProperty("detail").GetString());
        Assert.False(editorView.TryGetProperty("checks", out _));
    }

    [Fact]
    public async Task Should_turn_unready_when_the_search_index_falls_behind_its_bound()
    {
        var lag = new AdjustableLag();
        using var host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Cms:Health:MaxSearchIndexLag"] = "00:00:05" },
            configure: b => b.ConfigureTestServices(s => s.AddSingleton<ISearchIndexLag>(lag)));
        using var anonymous = host.Anonymous();
        using var admin = await host.AdminAsync();

        lag.Current = new SearchIndexLag(3, TimeSpan.FromSeconds(2));
        var within = await anonymous.GetAsync("/healthz/ready");
        lag.Current = new SearchIndexLag(40, TimeSpan.FromSeconds(9));
        var behind = await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, await anonymous.GetAsync("/healthz/ready"));
        var detail = await HttpAssert.StatusAsync(HttpStatusCode.ServiceUnavailable, await admin.GetAsync("/healthz/ready"));
        var live = await anonymous.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal("NotReady", behind.GetProperty("status").GetString());
        var search = detail.GetProperty("checks").GetProperty("searchIndex");
        Assert.False(search.GetProperty("ready").GetBoolean());
        Assert.Equal("40 change(s) waiting, oldest 9 s (bound 5 s)", search.GetProperty("detail").GetString());
        Assert.True(detail.GetProperty("checks").GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Should_report_the_search_index_caught_up_when_the_index_is_written_with_the_content()
    {
        var lag = _host.Services.GetRequiredService<ISearchIndexLag>();

        var measured = await lag.MeasureAsync();

        Assert.IsType<TraumaBondCms.Web.Search.TransactionalSearchIndexLag>(lag);
        Assert.Equal(SearchIndexLag.CaughtUp, measured);
    }

    /// <summary>A search index lag that the test sets: what a change-log-fed index reports through the same interface.</summary>
    private sealed class AdjustableLag : ISearchIndexLag
    {
        public SearchIndexLag Current { get; set; } = SearchIndexLag.CaughtUp;

        public ValueTask<SearchIndexLag> MeasureAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Current);
    }
}
