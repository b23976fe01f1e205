using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>Every list endpoint bounds its page size: a size of 1 is served, anything below 1 or above the bound is 400 naming the parameter.</summary>
public sealed class PageSizeTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public PageSizeTests(SharedCmsHost shared) => _host = shared.Host;

    public static TheoryData<string, string> ListEndpoints => new()
    {
        { "/api/content?first=", "first" },
        { "/api/reviews/queue?first=", "first" },
        { "/api/audit?limit=", "limit" },
        { "/api/webhooks/wh-none/deliveries?first=", "first" },
        { "/api/search?q=safety&first=", "first" },
    };

    [Theory]
    [MemberData(nameof(ListEndpoints))]
    public async Task Should_refuse_a_page_size_outside_the_bounds_naming_the_parameter(string path, string parameter)
    {
        using var admin = await _host.AdminAsync();

        foreach (var size in new[] { "-1", "0", "501", "1000000" })
        {
            await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.GetAsync(path + size), parameter);
        }
    }

    [Theory]
    [InlineData("/api/content?first=1")]
    [InlineData("/api/reviews/queue?first=1")]
    [InlineData("/api/audit?limit=1")]
    [InlineData("/api/search?q=safety&first=1")]
    public async Task Should_serve_a_page_of_one_when_asked_for_one(string path)
    {
        using var admin = await _host.AdminAsync();

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync(path));
    }
}
