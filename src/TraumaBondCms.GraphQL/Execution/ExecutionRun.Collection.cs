using TraumaBondCms.GraphQL.Introspection;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Execution;

// §6.3.2 Field Collection (https://spec.graphql.org/October2021/#sec-Field-Collection).
internal sealed partial class ExecutionRun
{
    /// <summary>CollectFields for the root selection set of the operation.</summary>
    public CollectedFields CollectRootFields(ObjectType rootType, SelectionSetNode selectionSet)
    {
        var groups = new FieldGroups();
        CollectFields(rootType, selectionSet, groups, visitedFragments: null);
        return groups.Build(rootType, this);
    }

    /// <summary>§6.4.3 CollectSubfields: the selection sets of every merged field node, collected together.</summary>
    public CollectedFields CollectSubfields(ObjectType objectType, List<FieldNode> nodes)
    {
        var groups = new FieldGroups();
        HashSet<string>? visited = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                visited = CollectFields(objectType, selectionSet, groups, visited);
            }
        }

        return groups.Count == 0 ? CollectedFields.Empty : groups.Build(objectType, this);
    }

    /// <summary>The field definition a selection denotes on <paramref name="type"/>, meta fields included (§4.4); null when undefined.</summary>
    public FieldDefinition? GetFieldDefinition(ObjectType type, string name) => name switch
    {
        "__typename" => IntrospectionFields.TypeName,
        "__schema" when ReferenceEquals(type, Schema.QueryType) => IntrospectionFields.Schema,
        "__type" when ReferenceEquals(type, Schema.QueryType) => IntrospectionFields.Type,
        _ => type.GetField(name),
    };

    private HashSet<string>? CollectFields(ObjectType objectType, SelectionSetNode selectionSet, FieldGroups groups, HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (selection.Directives.Count > 0 && !ArgumentValues.ShouldInclude(selection.Directives, Variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visitedFragments.Add(name) || !_fragments.TryGetValue(name, out var fragment) || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    visitedFragments = CollectFields(objectType, fragment.SelectionSet, groups, visitedFragments);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition))
                    {
                        visitedFragments = CollectFields(objectType, inline.SelectionSet, groups, visitedFragments);
                    }

                    break;
            }
        }

        return visitedFragments;
    }

    // §6.3.2 DoesFragmentTypeApply.
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) => Schema.GetType(typeCondition.Name.Value) switch
    {
        ObjectType conditionType => ReferenceEquals(conditionType, objectType),
        NamedType abstractType when abstractType.IsAbstractType => Schema.IsSubType(abstractType, objectType),
        _ => false,
    };

    // Field nodes grouped by response key in first-seen order; a linear scan beats hashing for typical sizes.
    private sealed class FieldGroups
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];

        public int Count => _groups.Count;

        public void Add(FieldNode field)
        {
            var key = field.ResponseName;
            foreach (var (existing, nodes) in _groups)
            {
                if (existing == key)
                {
                    nodes.Add(field);
                    return;
                }
            }

            _groups.Add((key, [field]));
        }

        public CollectedFields Build(ObjectType objectType, ExecutionRun run)
        {
            var plans = new List<FieldPlan>(_groups.Count);
            foreach (var (key, nodes) in _groups)
            {
                var name = nodes[0].Name.Value;
                if (run.GetFieldDefinition(objectType, name) is not { } definition)
                {
                    continue;
                }

                var plan = new FieldPlan(key, definition, name == "__typename");
                plan.Nodes.AddRange(nodes);
                plans.Add(plan);
            }

            return new CollectedFields([.. plans], plans.Select(plan => plan.ResponseName).ToArray());
        }
    }
}
