using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// Base class for code that inspects an AST, driven by <see cref="AstWalker"/>: override the
/// <c>Enter*</c>/<c>Leave*</c> hook of each node kind of interest (e.g. <see cref="EnterField"/>), or
/// <see cref="Enter"/>/<see cref="Leave"/> to see every node. Hooks receive an <see cref="AstWalkContext"/>
/// with the node's ancestors. A visitor instance holds whatever state its subclass adds; use one per walk.
/// </summary>
public abstract partial class AstVisitor
{
    /// <summary>Called on entering any node; the default dispatches to the node kind's <c>Enter*</c> hook.</summary>
    public virtual VisitAction Enter(Node node, AstWalkContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => EnterName(n, context),
            DocumentNode n => EnterDocument(n, context),
            OperationDefinitionNode n => EnterOperationDefinition(n, context),
            FragmentDefinitionNode n => EnterFragmentDefinition(n, context),
            VariableDefinitionNode n => EnterVariableDefinition(n, context),
            SelectionSetNode n => EnterSelectionSet(n, context),
            FieldNode n => EnterField(n, context),
            FragmentSpreadNode n => EnterFragmentSpread(n, context),
            InlineFragmentNode n => EnterInlineFragment(n, context),
            ArgumentNode n => EnterArgument(n, context),
            DirectiveNode n => EnterDirective(n, context),
            VariableNode n => EnterVariable(n, context),
            IntValueNode n => EnterIntValue(n, context),
            FloatValueNode n => EnterFloatValue(n, context),
            StringValueNode n => EnterStringValue(n, context),
            BooleanValueNode n => EnterBooleanValue(n, context),
            NullValueNode n => EnterNullValue(n, context),
            EnumValueNode n => EnterEnumValue(n, context),
            ListValueNode n => EnterListValue(n, context),
            ObjectValueNode n => EnterObjectValue(n, context),
            ObjectFieldNode n => EnterObjectField(n, context),
            NamedTypeNode n => EnterNamedType(n, context),
            ListTypeNode n => EnterListType(n, context),
            NonNullTypeNode n => EnterNonNullType(n, context),
            SchemaDefinitionNode n => EnterSchemaDefinition(n, context),
            OperationTypeDefinitionNode n => EnterOperationTypeDefinition(n, context),
            ScalarTypeDefinitionNode n => EnterScalarTypeDefinition(n, context),
            ObjectTypeDefinitionNode n => EnterObjectTypeDefinition(n, context),
            InterfaceTypeDefinitionNode n => EnterInterfaceTypeDefinition(n, context),
            UnionTypeDefinitionNode n => EnterUnionTypeDefinition(n, context),
            EnumTypeDefinitionNode n => EnterEnumTypeDefinition(n, context),
            InputObjectTypeDefinitionNode n => EnterInputObjectTypeDefinition(n, context),
            FieldDefinitionNode n => EnterFieldDefinition(n, context),
            InputValueDefinitionNode n => EnterInputValueDefinition(n, context),
            EnumValueDefinitionNode n => EnterEnumValueDefinition(n, context),
            DirectiveDefinitionNode n => EnterDirectiveDefinition(n, context),
            SchemaExtensionNode n => EnterSchemaExtension(n, context),
            ScalarTypeExtensionNode n => EnterScalarTypeExtension(n, context),
            ObjectTypeExtensionNode n => EnterObjectTypeExtension(n, context),
            InterfaceTypeExtensionNode n => EnterInterfaceTypeExtension(n, context),
            UnionTypeExtensionNode n => EnterUnionTypeExtension(n, context),
            EnumTypeExtensionNode n => EnterEnumTypeExtension(n, context),
            InputObjectTypeExtensionNode n => EnterInputObjectTypeExtension(n, context),
            _ => VisitAction.Continue,
        };
    }

    /// <summary>Called on leaving any node whose children were visited; the default dispatches to the node kind's <c>Leave*</c> hook.</summary>
    public virtual void Leave(Node node, AstWalkContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case NameNode n:
                LeaveName(n, context);
                break;
            case DocumentNode n:
                LeaveDocument(n, context);
                break;
            case OperationDefinitionNode n:
                LeaveOperationDefinition(n, context);
                break;
            case FragmentDefinitionNode n:
                LeaveFragmentDefinition(n, context);
                break;
            case VariableDefinitionNode n:
                LeaveVariableDefinition(n, context);
                break;
            case SelectionSetNode n:
                LeaveSelectionSet(n, context);
                break;
            case FieldNode n:
                LeaveField(n, context);
                break;
            case FragmentSpreadNode n:
                LeaveFragmentSpread(n, context);
                break;
            case InlineFragmentNode n:
                LeaveInlineFragment(n, context);
                break;
            case ArgumentNode n:
                LeaveArgument(n, context);
                break;
            case DirectiveNode n:
                LeaveDirective(n, context);
                break;
            case VariableNode n:
                LeaveVariable(n, context);
                break;
            case IntValueNode n:
                LeaveIntValue(n, context);
                break;
            case FloatValueNode n:
                LeaveFloatValue(n, context);
                break;
            case StringValueNode n:
                LeaveStringValue(n, context);
                break;
            case BooleanValueNode n:
                LeaveBooleanValue(n, context);
                break;
            case NullValueNode n:
                LeaveNullValue(n, context);
                break;
            case EnumValueNode n:
                LeaveEnumValue(n, context);
                break;
            case ListValueNode n:
                LeaveListValue(n, context);
                break;
            case ObjectValueNode n:
                LeaveObjectValue(n, context);
                break;
            case ObjectFieldNode n:
                LeaveObjectField(n, context);
                break;
            case NamedTypeNode n:
                LeaveNamedType(n, context);
                break;
            case ListTypeNode n:
                LeaveListType(n, context);
                break;
            case NonNullTypeNode n:
                LeaveNonNullType(n, context);
                break;
            case SchemaDefinitionNode n:
                LeaveSchemaDefinition(n, context);
                break;
            case OperationTypeDefinitionNode n:
                LeaveOperationTypeDefinition(n, context);
                break;
            case ScalarTypeDefinitionNode n:
                LeaveScalarTypeDefinition(n, context);
                break;
            case ObjectTypeDefinitionNode n:
                LeaveObjectTypeDefinition(n, context);
                break;
            case InterfaceTypeDefinitionNode n:
                LeaveInterfaceTypeDefinition(n, context);
                break;
            case UnionTypeDefinitionNode n:
                LeaveUnionTypeDefinition(n, context);
                break;
            case EnumTypeDefinitionNode n:
                LeaveEnumTypeDefinition(n, context);
                break;
            case InputObjectTypeDefinitionNode n:
                LeaveInputObjectTypeDefinition(n, context);
                break;
            case FieldDefinitionNode n:
                LeaveFieldDefinition(n, context);
                break;
            case InputValueDefinitionNode n:
                LeaveInputValueDefinition(n, context);
                break;
            case EnumValueDefinitionNode n:
                LeaveEnumValueDefinition(n, context);
                break;
            case DirectiveDefinitionNode n:
                LeaveDirectiveDefinition(n, context);
                break;
            case SchemaExtensionNode n:
                LeaveSchemaExtension(n, context);
                break;
            case ScalarTypeExtensionNode n:
                LeaveScalarTypeExtension(n, context);
                break;
            case ObjectTypeExtensionNode n:
                LeaveObjectTypeExtension(n, context);
                break;
            case InterfaceTypeExtensionNode n:
                LeaveInterfaceTypeExtension(n, context);
                break;
            case UnionTypeExtensionNode n:
                LeaveUnionTypeExtension(n, context);
                break;
            case EnumTypeExtensionNode n:
                LeaveEnumTypeExtension(n, context);
                break;
            case InputObjectTypeExtensionNode n:
                LeaveInputObjectTypeExtension(n, context);
                break;
        }
    }
}
