using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// One execution of one operation (https://spec.graphql.org/October2021/#sec-Execution), split into partial
/// files by spec section: this file holds the request state, the entry point, the batching-loader dispatch
/// loop and error reporting. Values are completed synchronously while resolvers complete synchronously;
/// only fields whose resolvers return an unfinished task continue asynchronously, so sibling fields of a
/// query run concurrently while results keep selection order. Used once, by one request.
/// </summary>
internal sealed partial class ExecutionRun
{
    /// <summary>Marks a position that must become null because of an error below it (§6.4.4 null propagation).</summary>
    internal static readonly object Invalid = new();

    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Action<Exception, GraphQLError>? _onException;
    private readonly long? _maxResponseBytes;
    private readonly CancellationTokenSource? _stop;
    private DataLoaderRegistry? _loaders;
    private long _responseBytes;
    private volatile bool _tooLarge;

    public ExecutionRun(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, ExecutionScope scope, Action<Exception, GraphQLError>? onException, CancellationToken cancellationToken, long? maxResponseBytes = null)
    {
        if (maxResponseBytes is not null)
        {
            // The size guard stops execution the way a cancelled request does: resolvers and loaders see the token.
            _maxResponseBytes = maxResponseBytes;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cancellationToken = _stop.Token;
        }

        Schema = schema;
        Variables = variables;
        Scope = scope;
        Services = scope.Services ?? EmptyServiceProvider.Instance;
        Token = cancellationToken;
        _onException = onException;
        _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public Schema Schema { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionScope Scope { get; }

    public IServiceProvider Services { get; }

    public CancellationToken Token { get; }

    /// <summary>The request's batching loaders, created on first use.</summary>
    public DataLoaderRegistry Loaders
    {
        get
        {
            var loaders = Volatile.Read(ref _loaders);
            return loaders ?? Interlocked.CompareExchange(ref _loaders, new DataLoaderRegistry(Token), null) ?? _loaders!;
        }
    }

    /// <summary>
    /// §6.2 ExecuteQuery / ExecuteMutation: executes the root selection set (serially for mutations, §6.2.2)
    /// and returns data with the field errors raised.
    /// </summary>
    /// <exception cref="OperationCanceledException">When the request's token is cancelled.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(OperationDefinitionNode operation, ObjectType rootType)
    {
        object? data;
        try
        {
            var fields = CollectRootFields(rootType, operation.SelectionSet);
            var root = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, Scope.RootValue, fields)
                : ExecuteFields(rootType, Scope.RootValue, fields, null);
            data = root.IsCompletedSuccessfully ? root.Result : await DriveAsync(root.AsTask()).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_tooLarge)
        {
            var locations = operation.Location is { } location ? new[] { location.StartLocation } : null;
            return ExecutionResult.FromData(null, [GraphQLError.WithCode($"The response grew past {_maxResponseBytes} bytes; ask for fewer items or fields.", ExecutionErrorCodes.ResponseTooLarge, locations)]);
        }

        // Only on success: after a stop, resolvers may still be unwinding and must be able to read the token.
        _stop?.Dispose();
        return ExecutionResult.FromData(data as ResultMap, SnapshotErrors());
    }

    /// <summary>Counts <paramref name="bytes"/> more of response; past the guard, stops execution (see <see cref="GraphQLExecutorOptions.MaxResponseBytes"/>).</summary>
    private void Charge(long bytes)
    {
        if (_maxResponseBytes is { } max && Interlocked.Add(ref _responseBytes, bytes) > max)
        {
            _tooLarge = true;
            _stop!.Cancel();
            Token.ThrowIfCancellationRequested();
        }
    }

    // While the operation waits, run a wave of batch loads whenever keys are queued. Loader tasks complete their
    // awaiters inline, so by the time a wave returns every resolver it unblocked has queued its next keys.
    private async Task<object?> DriveAsync(Task<object?> root)
    {
        var loaders = Loaders;
        while (!root.IsCompleted)
        {
            var queued = loaders.WaitForKeysAsync();
            if (loaders.HasPendingKeys)
            {
                await loaders.DispatchAsync().ConfigureAwait(false);
            }
            else if (await Task.WhenAny(root, queued).ConfigureAwait(false) == queued)
            {
                // Keys arrived from a resolver finishing on another thread: let its siblings queue theirs too.
                await Task.Yield();
            }
        }

        return await root.ConfigureAwait(false);
    }

    private IReadOnlyList<GraphQLError> SnapshotErrors()
    {
        lock (_errors)
        {
            return _errors.Count == 0 ? [] : _errors.ToArray();
        }
    }

    private void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    private bool IsCancellation(Exception exception) => exception is OperationCanceledException && Token.IsCancellationRequested;

    // §6.4.4: a field error makes the position null, or invalid when its type is non-null.
    private object? FieldError(Exception exception, GraphQLType positionType, FieldSite site, PendingPath path)
    {
        RecordFieldError(exception, site, path);
        return positionType is NonNullType ? Invalid : null;
    }

    // Only GraphQLException and coercion messages reach the client; anything else is an internal error whose
    // details go to the logging hook.
    private void RecordFieldError(Exception exception, FieldSite site, PendingPath pending)
    {
        var path = pending.Build();
        var error = exception switch
        {
            GraphQLException known => known.ToError(site.Plan.Locations, path.ToList()),
            ValueCoercionException coercion => new GraphQLError(coercion.Message, site.Plan.Locations, path.ToList()),
            _ => GraphQLError.WithCode("Internal error.", ExecutionErrorCodes.InternalError, site.Plan.Locations, path.ToList()),
        };
        AddError(error);
        if (exception is not (GraphQLException or ValueCoercionException))
        {
            _onException?.Invoke(exception, error);
        }
    }

    private object NullError(FieldSite site, PendingPath path)
    {
        AddError(new GraphQLError($"Cannot return null for non-nullable field \"{site.Coordinate}\".", site.Plan.Locations, path.Build().ToList()));
        return Invalid;
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
