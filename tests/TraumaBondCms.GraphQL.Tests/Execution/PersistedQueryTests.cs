using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// Apollo automatic persisted queries: extensions.persistedQuery = {version: 1, sha256Hash}.
public sealed class PersistedQueryTests
{
    private const string Query = "{ greeting }";
    private static readonly string Hash = InMemoryPersistedQueryStore.ComputeHash(Query);
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { greeting: String }").Resolve("Query", "greeting", _ => "hi").Build();

    [Fact]
    public void Should_hash_the_utf8_text_as_lowercase_hex_sha256()
    {
        // The value `printf '{ greeting }' | sha256sum` prints, as Apollo clients compute it.
        Assert.Equal("bc7db27b307b3ea2423be5f9d033565fc5a1b3771e6585f81dbdd255ceb6d760", Hash);
    }

    [Fact]
    public async Task Should_ask_for_the_text_when_an_unknown_hash_comes_alone()
    {
        var result = await Run(new PersistedQueryOptions(), null, Hash);

        Assert.True(result.IsRequestError);
        Assert.Equal(("PersistedQueryNotFound", ExecutionErrorCodes.PersistedQueryNotFound), (result.Errors[0].Message, result.Errors[0].Code));
    }

    [Fact]
    public async Task Should_run_by_hash_alone_once_text_and_hash_were_sent_together()
    {
        var options = new PersistedQueryOptions();

        var registering = await Run(options, Query, Hash);
        var byHash = await Run(options, null, Hash.ToUpperInvariant());

        Assert.Equal("""{"data":{"greeting":"hi"}}""", registering.ToJson());
        Assert.Equal("""{"data":{"greeting":"hi"}}""", byHash.ToJson());
    }

    [Fact]
    public async Task Should_refuse_the_request_when_the_hash_is_not_the_hash_of_the_text()
    {
        var options = new PersistedQueryOptions();

        var result = await Run(options, "{ __typename }", Hash);
        var lookup = await Run(options, null, Hash);

        Assert.Equal(ExecutionErrorCodes.PersistedQueryHashMismatch, result.Errors[0].Code);
        Assert.Equal(ExecutionErrorCodes.PersistedQueryNotFound, lookup.Errors[0].Code);
    }

    [Fact]
    public async Task Should_run_only_registered_queries_when_the_allow_list_is_on()
    {
        var store = new InMemoryPersistedQueryStore();
        store.Add(Query);
        var options = new PersistedQueryOptions { Store = store, OnlyRegisteredQueries = true };

        var byHash = await Run(options, null, Hash);
        var registeredText = await Run(options, Query, null);
        var otherText = await Run(options, "{ __typename }", null);
        var newRegistration = await Run(options, "{ __typename }", InMemoryPersistedQueryStore.ComputeHash("{ __typename }"));

        Assert.False(byHash.IsRequestError);
        Assert.False(registeredText.IsRequestError);
        Assert.Equal(ExecutionErrorCodes.PersistedQueryNotAllowed, otherText.Errors[0].Code);
        Assert.Equal(ExecutionErrorCodes.PersistedQueryNotAllowed, newRegistration.Errors[0].Code);
    }

    [Fact]
    public async Task Should_refuse_the_extension_when_persisted_queries_are_off_or_the_version_is_unknown()
    {
        var off = await Run(null, Query, Hash);
        var version2 = await new GraphQLExecutor(new GraphQLExecutorOptions { PersistedQueries = new PersistedQueryOptions() })
            .ExecuteAsync(Schema, new GraphQLRequest(null, Extensions: Extension(2, Hash)));

        Assert.Equal(ExecutionErrorCodes.PersistedQueryNotSupported, off.Errors[0].Code);
        Assert.Equal(ExecutionErrorCodes.PersistedQueryNotSupported, version2.Errors[0].Code);
    }

    private static async Task<ExecutionResult> Run(PersistedQueryOptions? options, string? query, string? hash) =>
        await new GraphQLExecutor(new GraphQLExecutorOptions { PersistedQueries = options })
            .ExecuteAsync(Schema, new GraphQLRequest(query, Extensions: hash is null ? null : Extension(1, hash)));

    private static Dictionary<string, object?> Extension(int version, string hash) => new()
    {
        ["persistedQuery"] = new Dictionary<string, object?> { ["version"] = version, ["sha256Hash"] = hash },
    };
}
