using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.3 All Variable Uses Defined (https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined): every
/// variable an operation uses, directly or in the fragments it spreads, is declared by that operation. A
/// fragment used by several operations is checked against each; every undeclared use is reported.
/// </summary>
public sealed class AllVariableUsesDefinedRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "AllVariableUsesDefined";

    /// <inheritdoc/>
    public override string SpecSection => "5.8.3";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        protected override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, AstWalkContext context) => VisitAction.SkipChildren;

        // Usages in fragments defined after an operation are known only once the whole document is walked.
        protected override void LeaveDocument(DocumentNode node, AstWalkContext context)
        {
            foreach (var definition in node.Definitions)
            {
                if (definition is not OperationDefinitionNode operation)
                {
                    continue;
                }

                HashSet<string>? declared = null;
                foreach (var usage in Context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    declared ??= [.. operation.VariableDefinitions.Select(declaration => declaration.Variable.Name.Value)];
                    if (!declared.Contains(name))
                    {
                        var by = operation.Name is { } operationName ? $" by operation \"{operationName.Value}\"" : "";
                        Report($"Variable \"${name}\" is not defined{by}.", usage.Node, operation);
                    }
                }
            }
        }
    }
}
