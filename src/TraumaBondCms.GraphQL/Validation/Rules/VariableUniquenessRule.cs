using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.1 Variable Uniqueness (https://spec.graphql.org/October2021/#sec-Variable-Uniqueness): an operation
/// declares each variable once. One error per repeated name, locating every declaration.
/// </summary>
public sealed class VariableUniquenessRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "VariableUniqueness";

    /// <inheritdoc/>
    public override string SpecSection => "5.8.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context)
        {
            if (NameGroups.HasRepeats(node.VariableDefinitions, static definition => definition.Variable.Name.Value))
            {
                foreach (var (name, declarations) in NameGroups.Repeated(node.VariableDefinitions, definition => definition.Variable.Name.Value))
                {
                    Report($"There can be only one variable named \"${name}\".", [.. declarations.Select(definition => definition.Variable)]);
                }
            }

            return VisitAction.SkipChildren;
        }

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;
    }
}
