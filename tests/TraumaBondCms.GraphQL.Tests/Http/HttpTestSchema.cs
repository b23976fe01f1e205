using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Http;

/// <summary>A small schema for HTTP tests: a greeting, the request context, a resolver that waits for cancellation, and a mutation.</summary>
internal static class HttpTestSchema
{
    public const string Sdl = """
        type Query { hello(name: String = "world"): String whoami: String wait: String }
        type Mutation { touch: Int }
        """;

    /// <summary>Completed when a <c>wait</c> resolver sees its request cancelled.</summary>
    public static TaskCompletionSource WaitCancelled { get; private set; } = NewSignal();

    /// <summary>Completed when a <c>wait</c> resolver starts.</summary>
    public static TaskCompletionSource WaitStarted { get; private set; } = NewSignal();

    public static Schema Create(string greeting = "hello") => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "hello", context => $"{greeting} {context.Arguments["name"]}")
        .Resolve("Query", "whoami", context => context.GetRequestContext<string>())
        .Resolve("Query", "wait", async context =>
        {
            WaitStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                WaitCancelled.TrySetResult();
                throw;
            }

            return "never";
        })
        .Resolve("Mutation", "touch", _ => 1)
        .Build();

    public static void ResetSignals()
    {
        WaitCancelled = NewSignal();
        WaitStarted = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
