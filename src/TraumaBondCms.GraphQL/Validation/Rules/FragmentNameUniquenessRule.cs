using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.1 Fragment Name Uniqueness (https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness): no
/// two fragment definitions share a name. Each repeat is reported with the first.
/// </summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "FragmentNameUniqueness";

    /// <inheritdoc/>
    public override string SpecSection => "5.5.1.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context)
        {
            if (!_seen.TryAdd(node.Name.Value, node.Name))
            {
                Report($"There can be only one fragment named \"{node.Name.Value}\".", _seen[node.Name.Value], node.Name);
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;
    }
}
