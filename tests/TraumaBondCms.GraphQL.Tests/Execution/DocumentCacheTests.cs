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
    public void Should_keep_at_most_four_documents_of_one_fingerprint_when_texts_differ_only_between_sampled_characters()
    {
        var cache = new DocumentCache();
        var executor = new GraphQLExecutor(Unlimited with { DocumentCache = cache });
        // 1,458 characters: 128 sampled at the edges, 128 in the middle every 10th character, and the middle's last 50
        // characters (before the final 64) never sampled; the variants differ only there.
        var variants = Enumerable.Range(0, 6).Select(i => Padded(i)).ToArray();

        var prepared = variants.Select(v => executor.Prepare(Schema, v)).ToArray();

        Assert.All(prepared, p => Assert.True(p.IsValid));
        Assert.Equal(DocumentCache.MaxPerFingerprint, cache.Count);
        Assert.True(cache.TryGet(Schema, variants[0], out var first));
        Assert.Same(prepared[0], first);
        Assert.False(cache.TryGet(Schema, variants[5], out _));
        Assert.NotSame(prepared[5], executor.Prepare(Schema, variants[5]));
    }

    [Fact]
    public void Should_find_a_long_document_when_asked_with_an_equal_text_of_another_instance()
    {
        var cache = new DocumentCache();
        var executor = new GraphQLExecutor(Unlimited with { DocumentCache = cache });
        var text = Padded(0);

        var prepared = executor.Prepare(Schema, text);

        Assert.True(cache.TryGet(Schema, new string(text.AsSpan()), out var found));
        Assert.Same(prepared, found);
        Assert.False(cache.TryGet(Schema, Padded(1), out _));
    }

    private static string Padded(int variant)
    {
        var text = ("{ a }\n#" + new string('x', 1_458 - 7)).ToCharArray();
        text[64 + 1_280 + 5] = (char)('a' + variant);
        return new string(text);
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
