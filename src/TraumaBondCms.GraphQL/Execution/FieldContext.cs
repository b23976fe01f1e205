using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The <see cref="IResolveFieldContext"/> the executor hands a resolver (§6.4.2), also giving access to the
/// request's loaders and host context through <see cref="ResolveFieldContextExtensions"/>. One per resolution.
/// </summary>
internal sealed class FieldContext(ExecutionRun run, FieldSite site, IReadOnlyDictionary<string, object?> arguments, ResponsePath path) : IResolveFieldContext
{
    private IReadOnlyList<object>? _path;

    public object? Source => site.Source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public FieldDefinition FieldDefinition => site.Plan.Definition;

    public ObjectType ParentType => site.ParentType;

    public IReadOnlyList<FieldNode> FieldNodes => site.Plan.Nodes;

    public IReadOnlyList<object> Path => _path ??= path.ToList();

    public Schema Schema => run.Schema;

    public IServiceProvider Services => run.Services;

    public CancellationToken CancellationToken => run.Token;

    public ExecutionRun Run => run;
}
