using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation;

/// <summary>
/// The per-run visitor of a <see cref="ValidationRule"/>: override the <see cref="AstVisitor"/> hooks of the
/// executable nodes the rule inspects (<c>EnterField</c>, <c>LeaveOperationDefinition</c>, ...). All rules of
/// a run share one walk; at every hook <see cref="Context"/> describes the current position (parent type,
/// field definition, input type, ...). Type-system definitions are not walked (§5.1.1 rejects them).
/// Returning <see cref="VisitAction.SkipChildren"/> skips a subtree for this rule only. Hooks that are not
/// overridden cost nothing: the validator calls a rule only for the node kinds whose hooks it overrides.
/// Not thread safe; one instance serves one run.
/// </summary>
public abstract class ValidationVisitor : AstVisitor
{
    /// <summary>Creates a visitor reporting for <paramref name="rule"/> into <paramref name="context"/>.</summary>
    protected ValidationVisitor(ValidationContext context, ValidationRule rule)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        Context = context;
        Rule = rule;
    }

    /// <summary>The run's context: schema, document, type information at the current node, and the error list.</summary>
    protected ValidationContext Context { get; }

    /// <summary>The rule this visitor applies; names the errors it reports.</summary>
    public ValidationRule Rule { get; }

    /// <summary>Dispatches on <see cref="Node.Kind"/> to the executable node hooks; type-system nodes are skipped.</summary>
    public override VisitAction Enter(Node node, AstWalkContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            NodeKind.Name => EnterName((NameNode)node, context),
            NodeKind.Document => EnterDocument((DocumentNode)node, context),
            NodeKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
            NodeKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
            NodeKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
            NodeKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
            NodeKind.Field => EnterField((FieldNode)node, context),
            NodeKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
            NodeKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
            NodeKind.Argument => EnterArgument((ArgumentNode)node, context),
            NodeKind.Directive => EnterDirective((DirectiveNode)node, context),
            NodeKind.Variable => EnterVariable((VariableNode)node, context),
            NodeKind.IntValue => EnterIntValue((IntValueNode)node, context),
            NodeKind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
            NodeKind.StringValue => EnterStringValue((StringValueNode)node, context),
            NodeKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
            NodeKind.NullValue => EnterNullValue((NullValueNode)node, context),
            NodeKind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
            NodeKind.ListValue => EnterListValue((ListValueNode)node, context),
            NodeKind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
            NodeKind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
            NodeKind.NamedType => EnterNamedType((NamedTypeNode)node, context),
            NodeKind.ListType => EnterListType((ListTypeNode)node, context),
            NodeKind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
            _ => VisitAction.SkipChildren,
        };
    }

    /// <summary>Dispatches on <see cref="Node.Kind"/> to the executable node hooks.</summary>
    public override void Leave(Node node, AstWalkContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case NodeKind.Name: LeaveName((NameNode)node, context); break;
            case NodeKind.Document: LeaveDocument((DocumentNode)node, context); break;
            case NodeKind.OperationDefinition: LeaveOperationDefinition((OperationDefinitionNode)node, context); break;
            case NodeKind.FragmentDefinition: LeaveFragmentDefinition((FragmentDefinitionNode)node, context); break;
            case NodeKind.VariableDefinition: LeaveVariableDefinition((VariableDefinitionNode)node, context); break;
            case NodeKind.SelectionSet: LeaveSelectionSet((SelectionSetNode)node, context); break;
            case NodeKind.Field: LeaveField((FieldNode)node, context); break;
            case NodeKind.FragmentSpread: LeaveFragmentSpread((FragmentSpreadNode)node, context); break;
            case NodeKind.InlineFragment: LeaveInlineFragment((InlineFragmentNode)node, context); break;
            case NodeKind.Argument: LeaveArgument((ArgumentNode)node, context); break;
            case NodeKind.Directive: LeaveDirective((DirectiveNode)node, context); break;
            case NodeKind.Variable: LeaveVariable((VariableNode)node, context); break;
            case NodeKind.IntValue: LeaveIntValue((IntValueNode)node, context); break;
            case NodeKind.FloatValue: LeaveFloatValue((FloatValueNode)node, context); break;
            case NodeKind.StringValue: LeaveStringValue((StringValueNode)node, context); break;
            case NodeKind.BooleanValue: LeaveBooleanValue((BooleanValueNode)node, context); break;
            case NodeKind.NullValue: LeaveNullValue((NullValueNode)node, context); break;
            case NodeKind.EnumValue: LeaveEnumValue((EnumValueNode)node, context); break;
            case NodeKind.ListValue: LeaveListValue((ListValueNode)node, context); break;
            case NodeKind.ObjectValue: LeaveObjectValue((ObjectValueNode)node, context); break;
            case NodeKind.ObjectField: LeaveObjectField((ObjectFieldNode)node, context); break;
            case NodeKind.NamedType: LeaveNamedType((NamedTypeNode)node, context); break;
            case NodeKind.ListType: LeaveListType((ListTypeNode)node, context); break;
            case NodeKind.NonNullType: LeaveNonNullType((NonNullTypeNode)node, context); break;
        }
    }

    /// <summary>
    /// Reports an error of this rule: <paramref name="message"/>, the start locations of
    /// <paramref name="nodes"/> in order (nodes without a location are left out), <c>extensions.code</c>
    /// <c>GRAPHQL_VALIDATION_FAILED</c> and <c>extensions.rule</c> = <see cref="ValidationRule.Name"/>.
    /// </summary>
    protected void Report(string message, params ReadOnlySpan<Node?> nodes) =>
        Context.ReportError(ValidationErrors.Create(Rule, message, nodes));
}
