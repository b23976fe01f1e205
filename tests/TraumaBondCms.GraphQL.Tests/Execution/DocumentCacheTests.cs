using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

public sealed class DocumentCacheTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { a: String }").Resolve("Query", "a", _ => "a").Build();

    [Fact]
    public async Task Should_parse_and_validate_once_when_the_same_query_repeats()
    {
        var validator = new CountingValidator();
        var executor = new GraphQLExecutor(Unlimited with { Validator = validator });

        for (var i = 0; i < 3; i++)
        {
            await executor.ExecuteAsync(Schema, new GraphQLRequest("{ a }"));
        }

        Assert.Equal(1, validator.Calls);
        Assert.Same(executor.Prepare(Schema, "{ a }"), executor.Prepare(Schema, "{ a }"));
    }

    [Fact]
    public void Should_prepare_again_when_the_schema_is_swapped()
    {
        var validator = new CountingValidator();
        var executor = new GraphQLExecutor(Unlimited with { Validator = validator });
        var rebuilt = SchemaBuilder.FromSdl("type Query { a: String }").Build();

        executor.Prepare(Schema, "{ a }");
        executor.Prepare(rebuilt, "{ a }");

        Assert.Equal(2, validator.Calls);
    }

    [Fact]
    public void Should_cache_syntax_errors_when_the_query_does_not_parse()
    {
        var cache = new DocumentCache();
        var executor = new GraphQLExecutor(Unlimited with { DocumentCache = cache });

        var first = executor.Prepare(Schema, "{ a");

        Assert.True(cache.TryGet(Schema, "{ a", out var cached));
        Assert.Same(first, cached);
        Assert.Equal(ErrorCodes.ParseFailed, Assert.Single(cached.Errors).Code);
    }

    [Fact]
    public void Should_drop_the_least_recently_used_entries_when_over_capacity()
    {
        var cache = new DocumentCache(capacity: 10);
        var executor = new GraphQLExecutor(Unlimited with { DocumentCache = cache });
        executor.Prepare(Schema, "{ kept: a }");

        for (var i = 0; i < 30; i++)
        {
            executor.Prepare(Schema, "{ kept: a }");
            executor.Prepare(Schema, $"{{ a{i}: a }}");
        }

        Assert.InRange(cache.Count, 1, 10);
        Assert.True(cache.TryGet(Schema, "{ kept: a }", out _));
        Assert.False(cache.TryGet(Schema, "{ a0: a }", out _));
    }

    [Fact]
    public async Task Should_report_validation_errors_as_request_errors_when_the_validator_rejects_the_document()
    {
        var rejecting = new RejectingValidator();

        var result = await ExecuteAsync(Schema, "{ rejected: a }", options: Unlimited with { Validator = rejecting });

        Assert.True(result.IsRequestError);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(result.Errors).Code);
    }

    private sealed class CountingValidator : IDocumentValidator
    {
        private int _calls;

        public int Calls => _calls;

        public IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document)
        {
            Interlocked.Increment(ref _calls);
            return [];
        }
    }
}
