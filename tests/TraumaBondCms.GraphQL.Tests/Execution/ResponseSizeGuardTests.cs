using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

/// <summary>The execution-time guard: a response growing past <see cref="GraphQLExecutorOptions.MaxResponseBytes"/> stops execution with a coded error.</summary>
public sealed class ResponseSizeGuardTests
{
    private const string Query = "{ items { text } }";

    [Fact]
    public async Task Should_stop_execution_with_a_coded_error_and_null_data_when_the_response_grows_past_the_guard()
    {
        var resolved = 0;
        var schema = Schema(() => Interlocked.Increment(ref resolved));

        var result = await ExecuteAsync(schema, Query, options: Unlimited with { MaxResponseBytes = 10_000 });

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal([ExecutionErrorCodes.ResponseTooLarge], Codes(result));
        // 1,000 items of 1 KB: the guard stops within the first dozen, not after building the whole response.
        Assert.InRange(resolved, 1, 20);
    }

    [Fact]
    public async Task Should_return_the_whole_response_when_it_stays_under_the_guard()
    {
        var schema = Schema(() => 0);

        var result = await ExecuteAsync(schema, Query, options: Unlimited with { MaxResponseBytes = 2_000_000 });

        Assert.Empty(result.Errors);
        Assert.InRange(result.ToJson().Length, 1_000_000, 2_000_000);
    }

    [Fact]
    public async Task Should_count_a_structured_scalar_in_full_when_a_leaf_returns_a_tree()
    {
        // One leaf whose value is a tree of 200 nodes with 1 KB of text each: about 200 KB once serialized.
        var tree = new Dictionary<string, object?>
        {
            ["type"] = "root",
            ["children"] = Enumerable.Range(0, 200).Select(_ => (object?)new Dictionary<string, object?> { ["type"] = "text", ["value"] = new string('x', 1_000) }).ToList(),
        };
        var builder = new SchemaBuilder();
        builder.AddScalarType(new ScalarType("Tree"));
        builder.AddObjectType("Query", t => t.Field("tree", "Tree!", f => f.Resolve(_ => tree)));

        var refused = await ExecuteAsync(builder.Build(), "{ tree }", options: Unlimited with { MaxResponseBytes = 100_000 });
        var allowed = await ExecuteAsync(builder.Build(), "{ tree }", options: Unlimited with { MaxResponseBytes = 300_000 });

        Assert.Equal([ExecutionErrorCodes.ResponseTooLarge], Codes(refused));
        Assert.Empty(allowed.Errors);
        Assert.InRange(allowed.ToJson().Length, 200_000, 300_000);
    }

    private static Schema Schema(Func<int> onText)
    {
        var text = new string('x', 1_000);
        var builder = new SchemaBuilder();
        builder.AddObjectType("Query", t => t.Field("items", "[Item!]!", f => f.Resolve(_ => Enumerable.Range(0, 1_000).ToArray())));
        builder.AddObjectType("Item", t => t.Field("text", "String!", f => f.Resolve(_ =>
        {
            onText();
            return text;
        })));
        return builder.Build();
    }
}
