using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

// Comparing two fields, and reducing selection sets to field maps.
internal sealed partial class FieldConflictFinder
{
    private Dictionary<string, int>? _fragmentIds;
    private List<FragmentDefinitionNode>? _fragments;

    // Spec §5.3.2 FieldsInSetCanMerge and SameResponseShape for one pair of fields.
    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldInfo field1, FieldInfo field2)
    {
        // Fields of two different object types never apply to the same object, so they may differ in name and
        // arguments; their shapes must still agree.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var node1 = field1.Node;
        var node2 = field2.Node;
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return FieldConflict.Direct(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!ValueEquality.SameArguments(node1.Arguments, node2.Arguments))
            {
                return FieldConflict.Direct(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return FieldConflict.Direct(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindBetweenSubSelectionSets(mutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            if (subConflicts is not null)
            {
                return FieldConflict.InSubfields(responseName, subConflicts, node1, node2);
            }
        }

        return null;
    }

    // SameResponseShape on the types alone: list and non-null wrappers must match, and leaf types must be equal.
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
            }
            else if (type2 is ListType)
            {
                return true;
            }
            else if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
            }
            else if (type2 is NonNullType)
            {
                return true;
            }
            else
            {
                return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
            }
        }
    }

    private FieldMap GetFieldMap(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!_fieldMaps.TryGetValue(selectionSet, out var map))
        {
            map = new FieldMap();
            Collect(parentType, selectionSet, map);
            _fieldMaps[selectionSet] = map;
        }

        return map;
    }

    private FieldMap GetFragmentFieldMap(int id)
    {
        var fragment = _fragments![id];
        return _fieldMaps.TryGetValue(fragment.SelectionSet, out var map)
            ? map
            : GetFieldMap(context.GetNamedType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
    }

    // The number of the defined fragment called name (the last definition when repeated, as GetFragment picks),
    // or -1 when none is defined: spreads of undefined fragments compare with nothing.
    private int FragmentId(string name)
    {
        if (_fragmentIds is null)
        {
            _fragmentIds = new Dictionary<string, int>(StringComparer.Ordinal);
            _fragments = [];
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    if (_fragmentIds.TryGetValue(fragment.Name.Value, out var existing))
                    {
                        _fragments[existing] = fragment;
                    }
                    else
                    {
                        _fragmentIds[fragment.Name.Value] = _fragments.Count;
                        _fragments.Add(fragment);
                    }
                }
            }
        }

        return _fragmentIds.GetValueOrDefault(name, -1);
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap map)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    // Meta-fields such as __typename have no definition here: they are equal by name.
                    var definition = (parentType as ComplexOutputType)?.GetField(field.Name.Value);
                    map.Add(field.ResponseName, new FieldInfo(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    map.AddFragment(FragmentId(spread.Name.Value));
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.GetNamedType(condition.Name.Value) : parentType;
                    Collect(inlineType, inline.SelectionSet, map);
                    break;
            }
        }
    }

    /// <summary>A selected field with the type it was selected on and its definition there (null when unknown).</summary>
    private readonly record struct FieldInfo(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    /// <summary>A selection set reduced to its fields by response name (in first-seen order) and the fragments it spreads.</summary>
    private sealed class FieldMap
    {
        // Up to this many response names are searched linearly; beyond, an index is kept.
        private const int LinearSearchLimit = 8;
        private Dictionary<string, FieldGroup>? _index;
        private static readonly List<int> NoFragments = [];
        private List<int>? _fragmentIds;

        public List<FieldGroup> Groups { get; } = [];

        /// <summary>The defined fragments spread, by <see cref="FragmentId"/>, each once, in first-seen order.</summary>
        public List<int> FragmentIds => _fragmentIds ?? NoFragments;

        public FieldGroup? Find(string responseName)
        {
            if (_index is not null)
            {
                return _index.GetValueOrDefault(responseName);
            }

            foreach (var group in Groups)
            {
                if (group.ResponseName == responseName)
                {
                    return group;
                }
            }

            return null;
        }

        public void Add(string responseName, FieldInfo field)
        {
            if (Find(responseName) is { } group)
            {
                group.Add(field);
                return;
            }

            group = new FieldGroup(responseName, field);
            Groups.Add(group);
            if (_index is not null)
            {
                _index[responseName] = group;
            }
            else if (Groups.Count > LinearSearchLimit)
            {
                _index = Groups.ToDictionary(g => g.ResponseName, StringComparer.Ordinal);
            }
        }

        public void AddFragment(int id)
        {
            if (id < 0)
            {
                return;
            }

            _fragmentIds ??= [];
            if (!_fragmentIds.Contains(id))
            {
                _fragmentIds.Add(id);
            }
        }
    }

    /// <summary>The fields of one response name; most names have one field, which needs no list.</summary>
    private sealed class FieldGroup(string responseName, FieldInfo first)
    {
        private List<FieldInfo>? _more;

        public string ResponseName { get; } = responseName;

        public int Count => 1 + (_more?.Count ?? 0);

        public FieldInfo this[int index] => index == 0 ? first : _more![index - 1];

        public void Add(FieldInfo field) => (_more ??= []).Add(field);
    }
}
