using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>Request-level services for resolvers run by this engine's executor: batching loaders and the host's per-request context.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>
    /// The request's batching loader called <paramref name="name"/>, created with <paramref name="batch"/> on first
    /// use (later calls reuse it and ignore <paramref name="batch"/>).
    /// </summary>
    /// <example><code>
    /// .Resolve("Article", "author", async ctx => await ctx
    ///     .Loader&lt;string, Author&gt;("authorsById", (ids, ct) => store.GetAuthorsAsync(ids, ct))
    ///     .LoadAsync(((Article)ctx.Source!).AuthorId))
    /// </code></example>
    /// <exception cref="InvalidOperationException">When the context does not come from this engine's executor, or the name is taken by a loader of other types.</exception>
    public static DataLoader<TKey, TValue> Loader<TKey, TValue>(this IResolveFieldContext context, string name, BatchLoader<TKey, TValue> batch)
        where TKey : notnull
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(batch);
        return Run(context).Loaders.GetOrAdd(name, batch);
    }

    /// <summary>The per-request context the host supplied (<see cref="ExecutionScope.RequestContext"/>) when it is a <typeparamref name="T"/>, otherwise null.</summary>
    /// <exception cref="InvalidOperationException">When the context does not come from this engine's executor.</exception>
    public static T? GetRequestContext<T>(this IResolveFieldContext context)
        where T : class => Run(context).Scope.RequestContext as T;

    private static ExecutionRun Run(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context as FieldContext)?.Run
            ?? throw new InvalidOperationException("Loaders and the request context are only available to resolvers run by GraphQLExecutor.");
    }
}
