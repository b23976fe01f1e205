using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

// Hooks for executable-document nodes (spec §2).
public abstract partial class AstVisitor
{
    /// <summary>Called on entering a <see cref="NameNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterName(NameNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="NameNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveName(NameNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="DocumentNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterDocument(DocumentNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="DocumentNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveDocument(DocumentNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="OperationDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="OperationDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveOperationDefinition(OperationDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="FragmentDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="VariableDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveVariableDefinition(VariableDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="SelectionSetNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterSelectionSet(SelectionSetNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="SelectionSetNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveSelectionSet(SelectionSetNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="FieldNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterField(FieldNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="FieldNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveField(FieldNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="FragmentSpreadNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="FragmentSpreadNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveFragmentSpread(FragmentSpreadNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InlineFragmentNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInlineFragment(InlineFragmentNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InlineFragmentNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInlineFragment(InlineFragmentNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ArgumentNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterArgument(ArgumentNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ArgumentNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveArgument(ArgumentNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="DirectiveNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterDirective(DirectiveNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="DirectiveNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveDirective(DirectiveNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="VariableNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterVariable(VariableNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="VariableNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveVariable(VariableNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="IntValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterIntValue(IntValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="IntValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveIntValue(IntValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="FloatValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterFloatValue(FloatValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="FloatValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveFloatValue(FloatValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="StringValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterStringValue(StringValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="StringValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveStringValue(StringValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="BooleanValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterBooleanValue(BooleanValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="BooleanValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveBooleanValue(BooleanValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="NullValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterNullValue(NullValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="NullValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveNullValue(NullValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="EnumValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterEnumValue(EnumValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveEnumValue(EnumValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ListValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterListValue(ListValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ListValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveListValue(ListValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ObjectValueNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterObjectValue(ObjectValueNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectValueNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveObjectValue(ObjectValueNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ObjectFieldNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterObjectField(ObjectFieldNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectFieldNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveObjectField(ObjectFieldNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="NamedTypeNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterNamedType(NamedTypeNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="NamedTypeNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveNamedType(NamedTypeNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ListTypeNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterListType(ListTypeNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ListTypeNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveListType(ListTypeNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="NonNullTypeNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterNonNullType(NonNullTypeNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="NonNullTypeNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveNonNullType(NonNullTypeNode node, AstWalkContext context)
    {
    }
}
