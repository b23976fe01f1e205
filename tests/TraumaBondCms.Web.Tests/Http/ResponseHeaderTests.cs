using System.Net;
using System.Net.Http.Json;
using System.Text;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// Headers every response carries whatever its status (<c>X-Content-Type-Options: nosniff</c>), and the developers' GraphiQL
/// page, which a server serves only when configured to.
/// </summary>
public sealed class ResponseHeaderTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ResponseHeaderTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_send_nosniff_with_every_api_response_when_it_succeeds_or_fails()
    {
        using var client = _host.Anonymous();

        using var ok = await client.GetAsync("/api/content?type=Faq&first=1");
        using var notFound = await client.GetAsync("/api/content/no-such-item");
        using var unauthorized = await client.GetAsync("/api/users");
        using var malformed = await client.PostAsync("/api/auth/token", new StringContent("{ not json", Encoding.UTF8, "application/json"));
        using var graphQL = await client.PostAsJsonAsync("/api/graphql", new { query = "{ __typename }" });

        Assert.All(
            new[] { ok, notFound, unauthorized, malformed, graphQL },
            response => Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.OK],
            new[] { ok, notFound, unauthorized, malformed, graphQL }.Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Should_not_serve_graphiql_when_it_is_not_configured_outside_development()
    {
        using var client = _host.Anonymous();

        using var page = await client.GetAsync("/graphiql");
        using var file = await client.GetAsync("/graphiql/index.html");
        using var script = await client.GetAsync("/graphiql/graphiql.js");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (page.StatusCode, file.StatusCode, script.StatusCode));
    }
}
