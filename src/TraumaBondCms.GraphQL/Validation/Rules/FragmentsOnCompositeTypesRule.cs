using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.3 Fragments On Composite Types (https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types):
/// fragments apply to object, interface or union types only, never to scalars, enums or input objects.
/// Unknown type conditions are left to §5.5.1.2.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentsOnCompositeTypes";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.1.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
        {
            if (Context.GetNamedType(node.TypeCondition.Name.Value) is { IsCompositeType: false } type)
            {
                Report($"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{type.Name}\".", node.TypeCondition);
            }

            return VisitAction.Continue;
        }

        protected override VisitAction EnterInlineFragment(InlineFragmentNode node, AstWalkContext context)
        {
            if (node.TypeCondition is { } condition && Context.GetNamedType(condition.Name.Value) is { IsCompositeType: false } type)
            {
                Report($"Fragment cannot condition on non composite type \"{type.Name}\".", condition);
            }

            return VisitAction.Continue;
        }
    }
}
