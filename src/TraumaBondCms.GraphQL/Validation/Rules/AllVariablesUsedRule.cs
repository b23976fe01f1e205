using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.4 All Variables Used (https://spec.graphql.org/October2021/#sec-All-Variables-Used): every variable an
/// operation declares is used by it, directly or in the fragments it spreads.
/// </summary>
public sealed class AllVariablesUsedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "AllVariablesUsed";

    /// <inheritdoc/>
    public override string SpecSection => "5.8.4";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override void LeaveDocument(DocumentNode node, AstWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
                {
                    continue;
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var usage in Context.GetRecursiveVariableUsages(operation))
                {
                    used.Add(usage.Node.Name.Value);
                }

                foreach (var declaration in operation.VariableDefinitions)
                {
                    var name = declaration.Variable.Name.Value;
                    if (!used.Contains(name))
                    {
                        var inOperation = operation.Name is { } operationName ? $" in operation \"{operationName.Value}\"" : "";
                        Report($"Variable \"${name}\" is never used{inOperation}.", declaration);
                    }
                }
            }
        }
    }
}
