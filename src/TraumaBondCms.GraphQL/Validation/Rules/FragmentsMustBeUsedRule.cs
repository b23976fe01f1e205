using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.4 Fragments Must Be Used (https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used): every
/// fragment definition is spread by some operation, directly or through other fragments. A fragment used
/// only by unused fragments is unused too.
/// </summary>
public sealed class FragmentsMustBeUsedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentsMustBeUsed";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.1.4";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override void LeaveDocument(DocumentNode node, AstWalkContext context)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    foreach (var fragment in Context.GetRecursivelyReferencedFragments(operation))
                    {
                        used.Add(fragment.Name.Value);
                    }
                }
            }

            foreach (var definition in node.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
                {
                    Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
