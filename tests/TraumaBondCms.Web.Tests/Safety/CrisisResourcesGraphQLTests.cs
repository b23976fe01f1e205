using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>The GraphQL <c>crisisResources(region:)</c> field: the same routing as the REST endpoint, never empty, open to anonymous readers.</summary>
public sealed class CrisisResourcesGraphQLTests : IClassFixture<SharedCmsHost>
{
    private const string Query = """
        query ($region: String) {
          crisisResources(region: $region) {
            region note emergencyNote
            resources { name level url resource { id ... on Resource { phone } } }
          }
        }
        """;

    private readonly CmsTestHost _host;

    public CrisisResourcesGraphQLTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_fall_back_to_the_country_when_the_subdivision_has_no_resources()
    {
        var routing = await RouteAsync("US-CA");

        var first = routing.GetProperty("resources")[0];
        Assert.Equal("COUNTRY", first.GetProperty("level").GetString());
        Assert.Contains(routing.GetProperty("resources").EnumerateArray(), r =>
            r.GetProperty("resource").ValueKind == JsonValueKind.Object && r.GetProperty("resource").GetProperty("phone").GetString() == "1-800-799-7233");
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("not a region")]
    [InlineData(null)]
    public async Task Should_never_answer_an_empty_list_when_the_region_is_unknown_or_missing(string? region)
    {
        var routing = await RouteAsync(region);

        Assert.NotEqual(0, routing.GetProperty("resources").GetArrayLength());
        Assert.Contains(routing.GetProperty("resources").EnumerateArray(), r => r.GetProperty("level").GetString() is "GLOBAL" or "FALLBACK");
        Assert.False(string.IsNullOrEmpty(routing.GetProperty("emergencyNote").GetString()));
    }

    private async Task<JsonElement> RouteAsync(string? region)
    {
        using var anonymous = _host.Anonymous();
        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await anonymous.PostAsJsonAsync("/api/graphql", new { query = Query, variables = new { region } }));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data").GetProperty("crisisResources");
    }
}
