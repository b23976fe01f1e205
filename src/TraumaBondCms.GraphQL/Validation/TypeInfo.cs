using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// Tracks, as the validation walk enters and leaves executable nodes, which schema elements the current node
/// refers to: the output type and parent composite type of selections, the field definition, the directive,
/// the argument, the expected input type of values and whether that position has a default. Also records
/// every variable usage per operation or fragment for §5.8. Unknown names leave null entries, so rules
/// report each problem once and stay silent below it. Not thread safe; one instance per run.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<FieldDefinition?> _fieldDefinitions = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<bool> _inputDefaults = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = [];
    private ExecutableDefinitionNode? _definition;
    private bool _inVariableDefinition;
    private bool _inDirective;

    public GraphQLType? Type => _types.Count > 0 ? _types[^1] : null;

    public NamedType? ParentType => _parentTypes.Count > 0 ? _parentTypes[^1] : null;

    public FieldDefinition? FieldDefinition => _fieldDefinitions.Count > 0 ? _fieldDefinitions[^1] : null;

    public GraphQLType? InputType => _inputTypes.Count > 0 ? _inputTypes[^1] : null;

    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    public bool InputHasDefault => _inputDefaults.Count > 0 && _inputDefaults[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _variableUsages.TryGetValue(definition, out var usages) ? usages : [];

    public void Enter(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                var named = Type?.GetNamedType();
                _parentTypes.Add(named is { IsCompositeType: true } ? named : null);
                break;
            case NodeKind.Field:
                var field = (FieldNode)node;
                var definition = ParentType is { } parent ? MetaFields.Find(schema, parent, field.Name.Value) : null;
                _fieldDefinitions.Add(definition);
                _types.Add(definition?.Type);
                break;
            case NodeKind.Directive:
                _inDirective = true;
                Directive = schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case NodeKind.OperationDefinition:
                _definition = (OperationDefinitionNode)node;
                _types.Add(schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case NodeKind.InlineFragment:
                var condition = ((InlineFragmentNode)node).TypeCondition;
                _types.Add(OutputTypeOrNull(condition is null ? Type?.GetNamedType() : IntrospectionTypes.FromAst(schema, condition)));
                break;
            case NodeKind.FragmentDefinition:
                _definition = (FragmentDefinitionNode)node;
                _types.Add(OutputTypeOrNull(IntrospectionTypes.FromAst(schema, ((FragmentDefinitionNode)node).TypeCondition)));
                break;
            case NodeKind.VariableDefinition:
                _inVariableDefinition = true;
                _inputTypes.Add(InputTypeOrNull(IntrospectionTypes.FromAst(schema, ((VariableDefinitionNode)node).Type)));
                break;
            case NodeKind.Argument:
                var name = ((ArgumentNode)node).Name.Value;
                // Arguments of an unknown directive stay unknown (graphql-js 16 looks them up on the field instead).
                Argument = FindArgument(_inDirective ? Directive?.Arguments : FieldDefinition?.Arguments, name);
                _inputDefaults.Add(Argument?.HasDefaultValue ?? false);
                _inputTypes.Add(InputTypeOrNull(Argument?.Type));
                break;
            case NodeKind.ListValue:
                // A list literal where no list is expected is checked against the item type as graphql-js
                // does, so the values inside still get their usual checks (§5.6.1 rejects the list itself).
                var listType = InputType?.GetNullableType();
                _inputDefaults.Add(false);
                _inputTypes.Add(listType is ListType list ? list.OfType : listType);
                break;
            case NodeKind.ObjectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(((ObjectFieldNode)node).Name.Value);
                _inputDefaults.Add(inputField?.HasDefaultValue ?? false);
                _inputTypes.Add(InputTypeOrNull(inputField?.Type));
                break;
            case NodeKind.Variable when !_inVariableDefinition && _definition is not null:
                if (!_variableUsages.TryGetValue(_definition, out var usages))
                {
                    _variableUsages[_definition] = usages = [];
                }

                usages.Add(new VariableUsage((VariableNode)node, InputType, InputHasDefault));
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                _parentTypes.RemoveAt(_parentTypes.Count - 1);
                break;
            case NodeKind.Field:
                _fieldDefinitions.RemoveAt(_fieldDefinitions.Count - 1);
                _types.RemoveAt(_types.Count - 1);
                break;
            case NodeKind.Directive:
                _inDirective = false;
                Directive = null;
                break;
            case NodeKind.OperationDefinition or NodeKind.FragmentDefinition:
                _definition = null;
                _types.RemoveAt(_types.Count - 1);
                break;
            case NodeKind.InlineFragment:
                _types.RemoveAt(_types.Count - 1);
                break;
            case NodeKind.VariableDefinition:
                _inVariableDefinition = false;
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
            case NodeKind.Argument:
                Argument = null;
                _inputDefaults.RemoveAt(_inputDefaults.Count - 1);
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
            case NodeKind.ListValue or NodeKind.ObjectField:
                _inputDefaults.RemoveAt(_inputDefaults.Count - 1);
                _inputTypes.RemoveAt(_inputTypes.Count - 1);
                break;
        }
    }

    // An indexed loop: enumerating the IReadOnlyList would allocate on every argument of the document.
    private static InputValueDefinition? FindArgument(IReadOnlyList<InputValueDefinition>? arguments, string name)
    {
        if (arguments is null)
        {
            return null;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) => type is { IsOutputType: true } ? type : null;

    private static GraphQLType? InputTypeOrNull(GraphQLType? type) => type is { IsInputType: true } ? type : null;
}
