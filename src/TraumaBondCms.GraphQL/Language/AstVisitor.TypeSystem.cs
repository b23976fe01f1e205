using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Language;

// Hooks for type system nodes (spec §3).
public abstract partial class AstVisitor
{
    /// <summary>Called on entering a <see cref="SchemaDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="SchemaDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveSchemaDefinition(SchemaDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="OperationTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="OperationTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ScalarTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ScalarTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ObjectTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InterfaceTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InterfaceTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="UnionTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="UnionTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="EnumTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InputObjectTypeDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InputObjectTypeDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="FieldDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="FieldDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveFieldDefinition(FieldDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InputValueDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InputValueDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInputValueDefinition(InputValueDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="EnumValueDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumValueDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="DirectiveDefinitionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="DirectiveDefinitionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="SchemaExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="SchemaExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveSchemaExtension(SchemaExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ScalarTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ScalarTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveScalarTypeExtension(ScalarTypeExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="ObjectTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="ObjectTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveObjectTypeExtension(ObjectTypeExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InterfaceTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InterfaceTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="UnionTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="UnionTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveUnionTypeExtension(UnionTypeExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="EnumTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="EnumTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveEnumTypeExtension(EnumTypeExtensionNode node, AstWalkContext context)
    {
    }

    /// <summary>Called on entering a <see cref="InputObjectTypeExtensionNode"/>; the default continues into its children.</summary>
    protected virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, AstWalkContext context) => VisitAction.Continue;

    /// <summary>Called on leaving a <see cref="InputObjectTypeExtensionNode"/> after its children (not called when its entry returned <see cref="VisitAction.SkipChildren"/>).</summary>
    protected virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, AstWalkContext context)
    {
    }
}
