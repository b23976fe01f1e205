using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using static TraumaBondCms.GraphQL.Tests.Execution.ExecutionHarness;

namespace TraumaBondCms.GraphQL.Tests.Execution;

// §7.1.2 Errors: a resolver failure is a field error with path and locations; only GraphQLException messages reach clients.
public sealed class ResolverErrorTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { safe: String unsafe: String slow: String }")
        .Resolve("Query", "items", _ => new[] { 1, 2 })
        .Resolve("Item", "safe", context => (int)context.Source! == 2 ? throw new GraphQLException("Item 2 is hidden.", "FORBIDDEN") : "ok")
        .Resolve("Item", "unsafe", _ => throw new InvalidOperationException("connection string=secret"))
        .Resolve("Item", "slow", async context =>
        {
            await Task.Yield();
            throw new GraphQLException("Too slow.", extensions: new Dictionary<string, object?> { ["retryAfter"] = 5 });
        })
        .Build();

    [Fact]
    public async Task Should_expose_message_and_code_when_a_resolver_throws_a_graphql_exception()
    {
        var result = await ExecuteAsync(Schema, "{ items {\n  safe } }");

        AssertJson(
            """{"errors":[{"message":"Item 2 is hidden.","locations":[{"line":2,"column":3}],"path":["items",1,"safe"],"extensions":{"code":"FORBIDDEN"}}],"data":{"items":[{"safe":"ok"},{"safe":null}]}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Should_hide_the_message_and_call_the_hook_when_a_resolver_throws_another_exception()
    {
        var logged = new List<(Exception Exception, GraphQLError Error)>();
        var options = Unlimited with { OnUnhandledException = (exception, error) => { lock (logged) { logged.Add((exception, error)); } } };

        var result = await ExecuteAsync(Schema, "{ items { unsafe } }", options: options);

        Assert.All(result.Errors, error => Assert.Equal(("Internal error.", ExecutionErrorCodes.InternalError), (error.Message, error.Code)));
        Assert.DoesNotContain("secret", result.ToJson(), StringComparison.Ordinal);
        Assert.Equal(2, logged.Count);
        Assert.All(logged, entry => Assert.Equal("connection string=secret", entry.Exception.Message));
    }

    [Fact]
    public async Task Should_report_extensions_and_paths_when_an_async_resolver_fails()
    {
        var result = await ExecuteAsync(Schema, "{ items { slow } }");

        Assert.Equal([["items", 0, "slow"], ["items", 1, "slow"]], result.Errors.Select(error => error.Path!.ToArray()).OrderBy(path => path[1]));
        Assert.All(result.Errors, error => Assert.Equal(5, error.Extensions!["retryAfter"]));
    }
}
