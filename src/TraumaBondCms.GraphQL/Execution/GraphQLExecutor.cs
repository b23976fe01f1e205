using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Limits;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against a schema (https://spec.graphql.org/October2021/#sec-Execution): resolves a
/// persisted query, parses and validates (through the <see cref="DocumentCache"/>), selects the operation
/// (§6.1), checks introspection and limits, coerces variables (§6.1.2) and executes (§6.2-§6.4). Failures
/// before execution are request errors (no <c>data</c>); failures during execution are field errors. Stateless
/// apart from its cache; thread safe, share one instance.
/// </summary>
/// <example><code>
/// var executor = new GraphQLExecutor(new GraphQLExecutorOptions { Limits = QueryLimits.Default with { MaxDepth = 10 } });
/// var result = await executor.ExecuteAsync(schema, new GraphQLRequest("{ articles { title } }"), cancellationToken: ct);
/// string json = result.ToJson();
/// </code></example>
public sealed class GraphQLExecutor
{
    private readonly Func<Schema, string, PreparedDocument> _prepare;

    /// <summary>Creates an executor; null options mean <c>new GraphQLExecutorOptions()</c>.</summary>
    public GraphQLExecutor(GraphQLExecutorOptions? options = null)
    {
        Options = options ?? new GraphQLExecutorOptions();
        _prepare = PrepareUncached;
    }

    /// <summary>The options this executor runs with.</summary>
    public GraphQLExecutorOptions Options { get; }

    /// <summary>Parses and validates <paramref name="query"/> for <paramref name="schema"/>, from the cache when it holds it.</summary>
    public PreparedDocument Prepare(Schema schema, string query)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(query);
        return Options.DocumentCache?.GetOrAdd(schema, query, _prepare) ?? PrepareUncached(schema, query);
    }

    /// <summary>Runs one request.</summary>
    /// <param name="schema">The schema to run against.</param>
    /// <param name="request">The request parameters.</param>
    /// <param name="scope">Services, per-request context, root value and whether mutations may run; null for <see cref="ExecutionScope.Empty"/>.</param>
    /// <param name="cancellationToken">Aborts execution; resolvers see it as <c>IResolveFieldContext.CancellationToken</c>.</param>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public ValueTask<ExecutionResult> ExecuteAsync(Schema schema, GraphQLRequest request, ExecutionScope? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);

        // Batching loaders complete their awaiters inline; a captured synchronization context (UI, test runners)
        // would post them elsewhere and split batches, so run off it.
        if (SynchronizationContext.Current is not null)
        {
            return new ValueTask<ExecutionResult>(Task.Run(() => ExecuteObservedAsync(schema, request, scope ?? ExecutionScope.Empty, cancellationToken).AsTask(), cancellationToken));
        }

        return ExecuteObservedAsync(schema, request, scope ?? ExecutionScope.Empty, cancellationToken);
    }

    // Traced and counted only while a listener subscribes to GraphQLDiagnostics; otherwise straight through.
    private ValueTask<ExecutionResult> ExecuteObservedAsync(Schema schema, GraphQLRequest request, ExecutionScope scope, CancellationToken cancellationToken) =>
        GraphQLDiagnostics.Start() is { } trace ? ExecuteTracedAsync(schema, request, scope, trace, cancellationToken) : ExecuteCoreAsync(schema, request, scope, null, cancellationToken);

    private async ValueTask<ExecutionResult> ExecuteTracedAsync(Schema schema, GraphQLRequest request, ExecutionScope scope, GraphQLDiagnostics.OperationTrace trace, CancellationToken cancellationToken)
    {
        try
        {
            var result = await ExecuteCoreAsync(schema, request, scope, trace, cancellationToken).ConfigureAwait(false);
            trace.Complete(result);
            return result;
        }
        catch (Exception e)
        {
            trace.Fail(e);
            throw;
        }
    }

    private async ValueTask<ExecutionResult> ExecuteCoreAsync(Schema schema, GraphQLRequest request, ExecutionScope scope, GraphQLDiagnostics.OperationTrace? trace, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var query = request.Query;
        if (request.Extensions is not null || Options.PersistedQueries is { OnlyRegisteredQueries: true })
        {
            var (resolved, error) = await PersistedQueryResolver.ResolveAsync(request, Options.PersistedQueries, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                return ExecutionResult.FromError(error);
            }

            query = resolved;
        }

        if (query is null)
        {
            return ExecutionResult.FromError(GraphQLError.WithCode("The request has no query.", ExecutionErrorCodes.BadRequest));
        }

        var prepared = Prepare(schema, query);
        if (!prepared.IsValid)
        {
            return ExecutionResult.FromErrors(prepared.Errors);
        }

        var document = prepared.Document!;
        var operation = OperationSelection.Select(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ExecutionResult.FromError(selectionError!);
        }

        trace?.Selected(operation);

        if (CheckOperationType(schema, operation, scope) is { } typeError)
        {
            return ExecutionResult.FromError(typeError);
        }

        var analysis = prepared.Analyze(operation, op => Analyze(schema, document, op));
        if (!Options.EnableIntrospection && analysis.IntrospectionError is { } introspectionError)
        {
            return ExecutionResult.FromError(introspectionError);
        }

        var errors = new List<GraphQLError>();
        var variables = VariableValues.Coerce(schema, operation, request.Variables, errors);
        if (errors.Count > 0)
        {
            return ExecutionResult.FromErrors(errors);
        }

        var metrics = analysis.Metrics ?? QueryLimitsAnalyzer.Measure(schema, document, operation, variables, Options.Limits);
        var limitErrors = QueryLimitsAnalyzer.Check(metrics, Options.Limits, operation);
        if (limitErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(limitErrors);
        }

        var run = new ExecutionRun(schema, document, variables, scope, Options.OnUnhandledException, cancellationToken, Options.MaxResponseBytes);
        return await run.ExecuteAsync(operation, schema.GetRootType(operation.Operation)!).ConfigureAwait(false);
    }

    private PreparedDocument PrepareUncached(Schema schema, string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.ParserOptions);
        }
        catch (GraphQLSyntaxException error)
        {
            return new PreparedDocument(null, [error.ToGraphQLError()]);
        }

        return new PreparedDocument(document, Options.Validator.Validate(schema, document));
    }

    // Metrics that need no variables are computed once per cached operation.
    private OperationAnalysis Analyze(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var metrics = operation.VariableDefinitions.Count == 0
            ? QueryLimitsAnalyzer.Measure(schema, document, operation, new Dictionary<string, object?>(), Options.Limits)
            : (QueryMetrics?)null;
        return new OperationAnalysis(IntrospectionGuard.Check(document, operation), metrics);
    }

    // §6.2: the schema must support the operation type; GraphQL-over-HTTP forbids mutations over GET.
    private static GraphQLError? CheckOperationType(Schema schema, OperationDefinitionNode operation, ExecutionScope scope)
    {
        var locations = operation.Location is { } location ? new[] { location.StartLocation } : null;
        return operation.Operation switch
        {
            OperationType.Mutation when !scope.AllowMutations =>
                GraphQLError.WithCode("Mutations are not allowed in this request; send them with POST.", ExecutionErrorCodes.OperationNotAllowed, locations),
            OperationType.Subscription =>
                GraphQLError.WithCode("Subscriptions are not supported by this executor.", ExecutionErrorCodes.OperationNotSupported, locations),
            _ when schema.GetRootType(operation.Operation) is null =>
                GraphQLError.WithCode($"The schema does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", ExecutionErrorCodes.OperationNotSupported, locations),
            _ => null,
        };
    }
}
