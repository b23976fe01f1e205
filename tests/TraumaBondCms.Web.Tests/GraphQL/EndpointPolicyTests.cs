using System.Net;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>What the endpoint allows around queries: CORS for configured front ends, depth and alias limits, and the GraphiQL page.</summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class EndpointPolicyTests(SeededGraphQLHost seeded)
{
    private readonly HttpClient _reader = seeded.Host.Anonymous();

    [Theory]
    [InlineData(SeededGraphQLHost.FrontEnd, true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task Should_allow_cross_origin_calls_only_when_the_origin_is_configured(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-preview-token");
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/graphql?query=%7B__typename%7D");
        get.Headers.Add("Origin", origin);

        var preflightResponse = await _reader.SendAsync(preflight);
        var getResponse = await _reader.SendAsync(get);

        Assert.Equal(allowed, preflightResponse.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
        Assert.Equal(allowed, getResponse.Headers.TryGetValues("Access-Control-Allow-Origin", out var getOrigins) && getOrigins.Single() == origin);
        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        if (allowed)
        {
            Assert.Contains("x-preview-token", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Should_refuse_an_operation_when_it_is_too_deep_has_too_many_aliases_or_costs_too_much()
    {
        var deep = "{ topic(slug: \"abuse\") { " + string.Concat(Enumerable.Repeat("parent { ", 16)) + "id" + new string('}', 17) + " }";
        var aliases = "{ " + string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }";

        var fanOut = "{ topics(first: 100) { nodes { articles { nodes { topics { articles { nodes { topics { articles { nodes { id } } } } } } } } } } }";

        var tooDeep = await _reader.GraphQLAsync(deep);
        var tooMany = await _reader.GraphQLAsync(aliases);
        var tooCostly = await _reader.GraphQLAsync(fanOut);

        Assert.Equal("MAX_DEPTH_EXCEEDED", tooDeep.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("MAX_ALIASES_EXCEEDED", tooMany.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("MAX_COST_EXCEEDED", tooCostly.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_serve_graphiql_from_this_server_only_when_a_developer_opens_it()
    {
        var page = await _reader.GetAsync("/graphiql");
        var html = await page.Content.ReadAsStringAsync();
        var script = await _reader.GetAsync("/graphiql/graphiql.js");
        var missing = await _reader.GetAsync("/graphiql/secrets.json");
        var file = await _reader.GetAsync("/graphiql/index.html");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/api/graphql", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("frame-ancestors 'none'", file.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
