using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Workflow;

/// <summary>An item's approvals and schedules: 404 for an item that does not exist, rather than an empty list that says "none yet".</summary>
public sealed class ItemListsTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ItemListsTests(SharedCmsHost shared) => _host = shared.Host;

    [Theory]
    [InlineData("approvals")]
    [InlineData("schedules")]
    public async Task Should_answer_404_when_the_item_does_not_exist(string list)
    {
        using var admin = await _host.AdminAsync();

        var missing = await HttpAssert.ProblemAsync(HttpStatusCode.NotFound, await admin.GetAsync($"/api/content/no-such-item/{list}"));
        var existing = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/faq-what-is-a-safety-plan/{list}"));

        Assert.Contains("no-such-item", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, existing.ValueKind);
    }
}
