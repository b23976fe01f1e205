using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Tests.Types;

/// <summary>A minimal resolver context, standing in for the execution engine.</summary>
internal sealed class StubResolveFieldContext(Schema schema, ObjectType parentType, FieldDefinition fieldDefinition, object? source, IReadOnlyDictionary<string, object?>? arguments = null) : IResolveFieldContext
{
    public object? Source => source;

    public IReadOnlyDictionary<string, object?> Arguments => arguments ?? new Dictionary<string, object?>();

    public FieldDefinition FieldDefinition => fieldDefinition;

    public ObjectType ParentType => parentType;

    public IReadOnlyList<FieldNode> FieldNodes => [new FieldNode { Name = new NameNode { Value = fieldDefinition.Name } }];

    public IReadOnlyList<object> Path => [fieldDefinition.Name];

    public Schema Schema => schema;

    public IServiceProvider Services => EmptyServices.Instance;

    public CancellationToken CancellationToken => CancellationToken.None;

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
