using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.1.1 Operation Name Uniqueness (https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness):
/// no two operations share a name, so a client can pick one by name. Each repeat is reported with the first.
/// </summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "OperationNameUniqueness";

    /// <inheritdoc/>
    public override string SpecSection => "5.2.1.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context)
        {
            if (node.Name is { } name && !_seen.TryAdd(name.Value, name))
            {
                Report($"There can be only one operation named \"{name.Value}\".", _seen[name.Value], name);
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;
    }
}
