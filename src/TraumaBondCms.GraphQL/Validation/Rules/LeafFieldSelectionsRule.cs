using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.3 Leaf Field Selections (https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections): a field of
/// scalar or enum type has no selection set, and a field of object, interface or union type has one.
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "LeafFieldSelections";

    /// <inheritdoc/>
    public override string SpecSection => "5.3.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterField(FieldNode node, AstWalkContext context)
        {
            if (Context.Type is not { } type)
            {
                return VisitAction.Continue;
            }

            var isLeaf = type.GetNamedType().IsLeafType;
            if (isLeaf && node.SelectionSet is { } selectionSet)
            {
                Report($"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
            else if (!isLeaf && node.SelectionSet is null)
            {
                Report($"Field \"{node.Name.Value}\" of type \"{type}\" must have a selection of subfields, e.g. \"{node.Name.Value} {{ ... }}\".", node);
            }

            return VisitAction.Continue;
        }
    }
}
