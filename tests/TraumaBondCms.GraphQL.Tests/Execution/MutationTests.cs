using System.Collections.Concurrent;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// §6.2.2 Mutation: root fields execute serially, in document order.
public sealed class MutationTests
{
    [Fact]
    public async Task Should_run_root_mutation_fields_one_after_another_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var schema = SchemaBuilder.FromSdl("type Query { ok: Boolean } type Mutation { step(name: String!, delayMs: Int!): Step } type Step { name: String }")
            .Resolve("Mutation", "step", async context =>
            {
                var name = (string)context.Arguments["name"]!;
                log.Enqueue("start " + name);
                await Task.Delay((int)context.Arguments["delayMs"]!, context.CancellationToken);
                log.Enqueue("end " + name);
                return new { Name = name };
            })
            .Build();

        var result = await ExecuteAsync(schema, "mutation { a: step(name: \"a\", delayMs: 60) { name } b: step(name: \"b\", delayMs: 0) { name } c: step(name: \"c\", delayMs: 20) { name } }");

        AssertJson("""{"data":{"a":{"name":"a"},"b":{"name":"b"},"c":{"name":"c"}}}""", result.ToJson());
        Assert.Equal(["start a", "end a", "start b", "end b", "start c", "end c"], log);
    }

    [Fact]
    public async Task Should_refuse_a_mutation_when_the_scope_only_allows_queries()
    {
        var schema = SchemaBuilder.FromSdl("type Query { ok: Boolean } type Mutation { wipe: Boolean }").Build();

        var result = await ExecuteAsync(schema, "mutation { wipe }", scope: new ExecutionScope { AllowMutations = false });

        Assert.True(result.IsRequestError);
        Assert.Equal([ExecutionErrorCodes.OperationNotAllowed], Codes(result));
    }

    [Theory]
    [InlineData("mutation { ok }")]
    [InlineData("subscription { ok }")]
    public async Task Should_report_an_unsupported_operation_when_the_schema_has_no_such_root(string query)
    {
        var schema = SchemaBuilder.FromSdl("type Query { ok: Boolean }").Build();

        var result = await ExecuteAsync(schema, query);

        Assert.Equal([ExecutionErrorCodes.OperationNotSupported], Codes(result));
    }
}
