using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Http;
using TraumaBondCms.GraphQL.Tests.Execution;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Http;

// GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/) on a real Kestrel server.
public sealed class GraphQLHttpHandlerTests(GraphQLHttpHandlerTests.ServerFixture fixture) : IClassFixture<GraphQLHttpHandlerTests.ServerFixture>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Should_answer_json_with_200_when_a_query_is_posted()
    {
        using var response = await PostAsync("""{"query": "{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((Json, "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        AssertJson("""{"data":{"hello":"hello world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("*/*", Json)]
    [InlineData("text/html, application/*;q=0.1", Json)]
    public async Task Should_answer_in_the_preferred_media_type_when_accept_lists_several(string accept, string expected)
    {
        using var response = await PostAsync("""{"query": "{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("""{"query": "{"}""", Json, HttpStatusCode.OK)]
    [InlineData("""{"query": "{"}""", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("""{"query": "query ($n: String!) { hello(name: $n) }"}""", Json, HttpStatusCode.OK)]
    [InlineData("""{"query": "query ($n: String!) { hello(name: $n) }"}""", GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("""{"query": "{ rejected: hello }"}""", Json, HttpStatusCode.OK)]
    [InlineData("""{"query": "{ rejected: hello }"}""", GraphQLResponse, HttpStatusCode.BadRequest)]
    public async Task Should_answer_request_errors_without_data_with_200_in_json_and_400_in_graphql_response_json(string body, string accept, HttpStatusCode status)
    {
        using var response = await PostAsync(body, accept);

        Assert.Equal(status, response.StatusCode);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(result.TryGetProperty("data", out _));
        Assert.NotEmpty(result.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Should_answer_400_without_data_when_a_document_fails_validation()
    {
        await using var server = await GraphQLTestServer.StartAsync(HttpTestSchema.Create());
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent("""{"query": "{ hello nonsense }"}""", Encoding.UTF8, Json) };
        request.Headers.Add("Accept", GraphQLResponse);

        using var response = await server.Client.SendAsync(request);

        // GraphQL-over-HTTP: a document that fails validation is a request error, 4xx for application/graphql-response+json.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_answer_200_with_data_when_a_field_fails_in_graphql_response_json()
    {
        using var response = await PostAsync("""{"query": "{ hello(name: 5) }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"data\":{\"hello\":null}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_run_a_query_over_get_when_variables_are_url_encoded_json()
    {
        var query = Uri.EscapeDataString("query ($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n": "GET"}""");

        using var response = await fixture.Server.Client.GetAsync($"?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJson("""{"data":{"hello":"hello GET"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_mutation_over_get_with_405_and_allow_post()
    {
        using var response = await fixture.Server.Client.GetAsync("?query=" + Uri.EscapeDataString("mutation { touch }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Should_answer_415_when_the_body_is_not_utf8_json(string contentType)
    {
        using var content = new StringContent("""{"query": "{ hello }"}""");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await fixture.Server.Client.PostAsync(string.Empty, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_406_when_accept_allows_neither_media_type()
    {
        using var response = await PostAsync("""{"query": "{ hello }"}""", "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Should_answer_413_when_the_body_is_larger_than_the_limit()
    {
        var padding = new string(' ', (int)fixture.Options.MaxRequestBodyBytes);

        using var response = await PostAsync("""{"query": "{ hello }" """ + padding + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"query": 1}""")]
    [InlineData("""{"query": "{ hello }", "operationName": false}""")]
    [InlineData("""{"query": "{ hello }", "variables": "{}"}""")]
    [InlineData("""{"query": "{ hello }", "extensions": []}""")]
    public async Task Should_answer_400_in_both_media_types_when_the_parameters_are_malformed(string body)
    {
        using var json = await PostAsync(body, Json);
        using var graphQLResponse = await PostAsync(body, GraphQLResponse);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (json.StatusCode, graphQLResponse.StatusCode));
        Assert.Contains(ExecutionErrorCodes.BadRequest, await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query": "query ($n: String) { hello(name: $n) }", "variables": {"n": "\ud800"}}""", "variables.n")]
    [InlineData("""{"query": "{ hello(name: \"\udc00\") }"}""", "query")]
    [InlineData("""{"query": "{ hello }", "extensions": {"\ud83d": 1}}""", "extensions")]
    public async Task Should_answer_400_naming_the_place_when_a_string_holds_half_a_surrogate_pair(string body, string where)
    {
        using var json = await PostAsync(body, Json);
        using var graphQLResponse = await PostAsync(body, GraphQLResponse);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (json.StatusCode, graphQLResponse.StatusCode));
        var error = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal(ExecutionErrorCodes.BadRequest, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith($"{where}: ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("surrogate", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_400_when_the_body_is_not_utf8()
    {
        using var content = new ByteArrayContent([.. "{\"query\": \"{ hello(name: \\\""u8, 0xC3, 0x28, .. "\\\") }\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue(Json);

        using var response = await fixture.Server.Client.PostAsync(string.Empty, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_400_when_url_encoded_variables_hold_half_a_surrogate_pair()
    {
        var query = Uri.EscapeDataString("query ($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n": "\ud800"}""");

        using var response = await fixture.Server.Client.GetAsync($"?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"message\":\"variables.n: ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_405_with_allow_when_the_method_is_neither_get_nor_post()
    {
        using var response = await fixture.Server.Client.PutAsync(string.Empty, new StringContent("{}", Encoding.UTF8, Json));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Should_give_resolvers_the_context_built_for_the_request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent("""{"query": "{ whoami }"}""", Encoding.UTF8, Json) };
        request.Headers.Add("X-User", "reviewer-7");

        using var response = await fixture.Server.Client.SendAsync(request);

        AssertJson("""{"data":{"whoami":"reviewer-7"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_serve_the_new_schema_when_the_provider_swaps_it()
    {
        fixture.Schemas.Swap(HttpTestSchema.Create("bonjour"));
        try
        {
            using var response = await PostAsync("""{"query": "{ hello }"}""");

            AssertJson("""{"data":{"hello":"bonjour world"}}""", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            fixture.Schemas.Swap(HttpTestSchema.Create());
        }
    }

    [Fact]
    public async Task Should_cancel_resolvers_when_the_client_disconnects()
    {
        HttpTestSchema.ResetSignals();
        using var abort = new CancellationTokenSource();
        var request = fixture.Server.Client.PostAsync(string.Empty, new StringContent("""{"query": "{ wait }"}""", Encoding.UTF8, Json), abort.Token);
        await HttpTestSchema.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await HttpTestSchema.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Should_run_a_persisted_query_over_get_by_hash_once_it_is_registered()
    {
        const string query = "{ byHash: hello }";
        var hash = InMemoryPersistedQueryStore.ComputeHash(query);
        var extensions = Uri.EscapeDataString("{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}");

        using var unknown = await fixture.Server.Client.GetAsync("?extensions=" + extensions);
        using var registering = await fixture.Server.Client.GetAsync($"?query={Uri.EscapeDataString(query)}&extensions={extensions}");
        using var known = await fixture.Server.Client.GetAsync("?extensions=" + extensions);

        Assert.Contains(ExecutionErrorCodes.PersistedQueryNotFound, await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertJson("""{"data":{"byHash":"hello world"}}""", await registering.Content.ReadAsStringAsync());
        AssertJson("""{"data":{"byHash":"hello world"}}""", await known.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, string.Empty) { Content = new StringContent(body, Encoding.UTF8, Json) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return fixture.Server.Client.SendAsync(request);
    }

    /// <summary>One server for the class: a swappable schema, persisted queries, a 16 KiB body limit, the user from <c>X-User</c>.</summary>
    public sealed class ServerFixture : IAsyncLifetime
    {
        public SwappableSchemaProvider Schemas { get; } = new(HttpTestSchema.Create());

        public GraphQLHttpOptions Options { get; } = new()
        {
            MaxRequestBodyBytes = 16 * 1024,
            Executor = new GraphQLExecutorOptions { Validator = new RejectingValidator(), PersistedQueries = new PersistedQueryOptions() },
            RequestContextFactory = http => new ValueTask<object?>(http.Request.Headers["X-User"].FirstOrDefault()),
        };

        public GraphQLTestServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await GraphQLTestServer.StartAsync(Schemas, Options);

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
