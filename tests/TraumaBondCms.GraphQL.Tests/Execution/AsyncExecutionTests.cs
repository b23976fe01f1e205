using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// Asynchronous resolvers: siblings of a query overlap, results keep selection order, cancellation stops execution.
public sealed class AsyncExecutionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Should_run_sibling_resolvers_concurrently_when_the_operation_is_a_query()
    {
        // Each resolver waits for the other to have started: serial execution would time out.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", async _ =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(Patience);
                return "a";
            })
            .Resolve("Query", "b", async _ =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(Patience);
                return "b";
            })
            .Build();

        var result = await ExecuteAsync(schema, "{ a b }");

        AssertJson("""{"data":{"a":"a","b":"b"}}""", result.ToJson());
    }

    [Fact]
    public async Task Should_keep_selection_order_when_async_resolvers_finish_in_reverse()
    {
        var schema = SchemaBuilder.FromSdl("type Query { slow: [Int] fast: Int }")
            .Resolve("Query", "slow", async _ =>
            {
                await Task.Delay(50);
                return new[] { 3, 2, 1 };
            })
            .Resolve("Query", "fast", async _ =>
            {
                await Task.Yield();
                return 0;
            })
            .Build();

        var result = await ExecuteAsync(schema, "{ slow fast again: slow }");

        AssertJson("""{"data":{"slow":[3,2,1],"fast":0,"again":[3,2,1]}}""", result.ToJson());
    }

    [Fact]
    public async Task Should_throw_operation_canceled_when_the_token_is_cancelled_during_resolution()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = SchemaBuilder.FromSdl("type Query { wait: String }")
            .Resolve("Query", "wait", async context =>
            {
                entered.SetResult();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            })
            .Build();
        using var cancellation = new CancellationTokenSource();

        var execution = ExecuteAsync(schema, "{ wait }", cancellationToken: cancellation.Token);
        await entered.Task.WaitAsync(Patience);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution.WaitAsync(Patience));
    }

    [Fact]
    public async Task Should_not_start_when_the_token_is_already_cancelled()
    {
        var called = false;
        var schema = SchemaBuilder.FromSdl("type Query { a: String }").Resolve("Query", "a", _ => called = true).Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecuteAsync(schema, "{ a }", cancellationToken: new CancellationToken(canceled: true)));

        Assert.False(called);
    }

    [Fact]
    public async Task Should_give_resolvers_the_scope_services_and_request_context()
    {
        var services = new ServiceStub("shared");
        var schema = SchemaBuilder.FromSdl("type Query { who: String }")
            .Resolve("Query", "who", context => $"{context.GetRequestContext<string>()} via {context.Services.GetService(typeof(string))}")
            .Build();

        var result = await ExecuteAsync(schema, "{ who }", scope: new ExecutionScope { RequestContext = "editor", Services = services });

        AssertJson("""{"data":{"who":"editor via shared"}}""", result.ToJson());
    }

    private sealed class ServiceStub(string value) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(string) ? value : null;
    }
}
