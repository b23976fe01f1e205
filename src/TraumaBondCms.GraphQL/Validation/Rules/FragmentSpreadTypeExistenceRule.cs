using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence (https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence):
/// the type condition of every fragment definition and inline fragment names a type of the schema.
/// </summary>
public sealed class FragmentSpreadTypeExistenceRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentSpreadTypeExistence";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.1.2";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
        {
            Check(node.TypeCondition);
            return VisitAction.Continue;
        }

        protected override VisitAction EnterInlineFragment(InlineFragmentNode node, AstWalkContext context)
        {
            Check(node.TypeCondition);
            return VisitAction.Continue;
        }

        private void Check(NamedTypeNode? condition)
        {
            if (condition is not null && Context.GetNamedType(condition.Name.Value) is null)
            {
                var known = Context.Schema.Types.Select(type => type.Name);
                Report($"Unknown type \"{condition.Name.Value}\".{Suggestions.DidYouMean(condition.Name.Value, known)}", condition);
            }
        }
    }
}
