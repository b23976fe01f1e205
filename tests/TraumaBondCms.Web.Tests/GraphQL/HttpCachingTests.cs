using System.Net;
using System.Net.Http.Headers;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// Shared HTTP caches in front of <c>/api/graphql</c>: the JSON and <c>application/graphql-response+json</c> answers to
/// one GET are two representations, so they carry different strong ETags and <c>Vary: Accept</c>, and a validator of
/// one never revalidates the other.
/// </summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class HttpCachingTests(SeededGraphQLHost seeded)
{
    private const string Url = "/api/graphql?query=%7B%20topics(first%3A%202)%20%7B%20nodes%20%7B%20title%20%7D%20%7D%20%7D";
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Should_tag_each_media_type_apart_and_vary_on_accept_when_one_get_is_asked_for_both()
    {
        using var reader = seeded.Host.Anonymous();

        var json = await reader.SendAsync(Get(Json));
        var graphql = await reader.SendAsync(Get(GraphQLResponse));
        var crossed = await reader.SendAsync(Get(GraphQLResponse, json.Headers.ETag));
        var same = await reader.SendAsync(Get(GraphQLResponse, graphql.Headers.ETag));

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal(Json, json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(GraphQLResponse, graphql.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await json.Content.ReadAsStringAsync(), await graphql.Content.ReadAsStringAsync());
        Assert.NotEqual(json.Headers.ETag, graphql.Headers.ETag);
        Assert.Contains("Accept", json.Headers.Vary);
        Assert.Contains("Accept", graphql.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, crossed.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
    }

    private static HttpRequestMessage Get(string accept, EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.Accept.ParseAdd(accept);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return request;
    }
}
