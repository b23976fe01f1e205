using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.3.1 Single root field (https://spec.graphql.org/October2021/#sec-Single-root-field): a subscription
/// selects exactly one root field (after collecting fields through fragments, with <c>@skip</c>/<c>@include</c>
/// evaluated without variables), and that field is not an introspection field. Extra fields are reported
/// together in one error; each introspection root field in its own.
/// </summary>
public sealed class SingleRootFieldRule : ValidationRule
{
    /// <inheritdoc/>
    public override string Name => "SingleRootField";

    /// <inheritdoc/>
    public override string SpecSection => "5.2.3.1";

    /// <inheritdoc/>
    public override ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, ValidationRule rule) : ValidationVisitor(context, rule)
    {
        protected override VisitAction EnterOperationDefinition(OperationDefinitionNode node, AstWalkContext context)
        {
            if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } root)
            {
                return VisitAction.SkipChildren;
            }

            var subject = node.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous subscription";
            var grouped = new List<(string Key, List<FieldNode> Fields)>();
            CollectFields(root, node.SelectionSet, grouped, new HashSet<string>(StringComparer.Ordinal));
            if (grouped.Count > 1)
            {
                var extra = grouped.Skip(1).SelectMany(group => group.Fields).ToArray();
                Report($"{subject} must select only one top level field.", [.. extra]);
            }

            foreach (var (_, fields) in grouped)
            {
                if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    Report($"{subject} must not select an introspection top level field.", [.. fields]);
                }
            }

            return VisitAction.SkipChildren;
        }

        // Spec §6.3.2 CollectFields with an empty set of variable values.
        private void CollectFields(ObjectType type, SelectionSetNode selectionSet, List<(string Key, List<FieldNode> Fields)> grouped, HashSet<string> visited)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var key = field.ResponseName;
                        var index = grouped.FindIndex(group => group.Key == key);
                        if (index < 0)
                        {
                            grouped.Add((key, [field]));
                        }
                        else
                        {
                            grouped[index].Fields.Add(field);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment && Applies(type, fragment.TypeCondition))
                        {
                            CollectFields(type, fragment.SelectionSet, grouped, visited);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(type, inline.TypeCondition))
                        {
                            CollectFields(type, inline.SelectionSet, grouped, visited);
                        }

                        break;
                }
            }
        }

        private bool Applies(ObjectType type, NamedTypeNode condition) => Context.GetNamedType(condition.Name.Value) switch
        {
            ObjectType objectType => ReferenceEquals(objectType, type),
            { IsAbstractType: true } abstractType => Context.Schema.IsSubType(abstractType, type),
            _ => false,
        };

        // @skip(if: true) and @include(if: false) drop a selection; a variable condition keeps it, since its
        // value is unknown during validation.
        private static bool IsIncluded(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value;
                if (condition is BooleanValueNode flag
                    && ((directive.Name.Value == "skip" && flag.Value) || (directive.Name.Value == "include" && !flag.Value)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
