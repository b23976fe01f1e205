using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique Per Location (https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location):
/// a directive not defined <c>repeatable</c> appears at most once on one operation, field, fragment or variable
/// definition. Each repeat is reported with the first; unknown directives are left to §5.7.1.
/// </summary>
public sealed class DirectivesAreUniquePerLocationRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "DirectivesAreUniquePerLocation";

    /// <inheritdoc/>
    public override string SpecSection => "5.7.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => Check(node.Directives);

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => Check(node.Directives);

        protected override VisitAction EnterVariableDefinition(VariableDefinitionNode node, AstWalkContext context) => Check(node.Directives);

        protected override VisitAction EnterField(FieldNode node, AstWalkContext context) => Check(node.Directives);

        protected override VisitAction EnterFragmentSpread(FragmentSpreadNode node, AstWalkContext context) => Check(node.Directives);

        protected override VisitAction EnterInlineFragment(InlineFragmentNode node, AstWalkContext context) => Check(node.Directives);

        private VisitAction Check(IReadOnlyList<DirectiveNode> directives)
        {
            for (var i = 1; i < directives.Count; i++)
            {
                var name = directives[i].Name.Value;
                if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
                {
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (directives[j].Name.Value == name)
                    {
                        Report($"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                        break;
                    }
                }
            }

            return VisitAction.Continue;
        }
    }
}
