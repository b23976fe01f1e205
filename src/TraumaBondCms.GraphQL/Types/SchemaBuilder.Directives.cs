using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    // Directives applied in SDL, per schema element ("schema", "Type", "Type.field", "Type.field(arg:)", ...),
    // checked against the final directive definitions when the schema is built (§3.13 "Validation").
    private readonly Dictionary<string, (DirectiveLocation Location, List<DirectiveNode> Nodes)> _appliedDirectives = new(StringComparer.Ordinal);

    private void RecordDirectives(string owner, DirectiveLocation location, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count == 0)
        {
            return;
        }

        if (!_appliedDirectives.TryGetValue(owner, out var applied))
        {
            _appliedDirectives[owner] = applied = (location, []);
        }

        applied.Nodes.AddRange(directives);
    }

    private void CheckAppliedDirectives(IReadOnlyList<DirectiveDefinition> definitions, List<string> problems)
    {
        var byName = definitions.ToDictionary(directive => directive.Name, StringComparer.Ordinal);
        foreach (var (owner, (location, nodes)) in _appliedDirectives)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                var name = node.Name.Value;
                if (!byName.TryGetValue(name, out var definition))
                {
                    problems.Add($"Unknown directive \"@{name}\" on {owner}.");
                    continue;
                }

                if (!definition.Locations.Contains(location))
                {
                    problems.Add($"Directive \"@{name}\" may not be used on {location.ToName()} ({owner}).");
                }

                if (!definition.IsRepeatable && !seen.Add(name))
                {
                    problems.Add($"The directive \"@{name}\" can only be used once on {owner}.");
                }

                CheckDirectiveArguments(node, definition, owner, problems);
            }
        }
    }

    private static void CheckDirectiveArguments(DirectiveNode node, DirectiveDefinition definition, string owner, List<string> problems)
    {
        foreach (var argument in node.Arguments)
        {
            var argumentDefinition = definition.GetArgument(argument.Name.Value);
            if (argumentDefinition is null)
            {
                problems.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{definition.Name}\" on {owner}.");
                continue;
            }

            foreach (var error in ValueCoercion.ValidateLiteral(argument.Value, argumentDefinition.Type))
            {
                problems.Add($"Invalid value for argument \"{argument.Name.Value}\" of \"@{definition.Name}\" on {owner}: {error.Message}");
            }
        }

        foreach (var argumentDefinition in definition.Arguments)
        {
            if (argumentDefinition.IsRequired && node.Arguments.All(argument => argument.Name.Value != argumentDefinition.Name))
            {
                problems.Add($"Directive \"@{definition.Name}\" argument \"{argumentDefinition.Name}\" of type \"{argumentDefinition.Type}\" is required on {owner}.");
            }
        }
    }
}
