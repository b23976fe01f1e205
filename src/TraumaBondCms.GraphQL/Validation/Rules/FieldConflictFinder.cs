using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>
/// Finds fields that cannot be merged (§5.3.2 FieldsInSetCanMerge) without expanding fragments into every
/// place they are spread. Each selection set is reduced once to its fields by response name (inline
/// fragments flattened, each field with the type it was selected on) plus the names of the fragments it
/// spreads. Conflicts are then sought within that map, between the map and each spread fragment, and between
/// pairs of spread fragments, following nested spreads; every (map, fragment) and (fragment, fragment)
/// comparison is made once per run, and again only when it was first made under mutually exclusive parents
/// and is now needed without. Walking nested spreads uses explicit work lists, so long fragment chains do
/// not deepen the call stack. One instance per validation run; not thread safe.
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext context)
{
    private readonly Dictionary<SelectionSetNode, FieldMap> _fieldMaps = [];

    // Comparisons made, with whether they were made under mutually exclusive parents only. Fragments are
    // numbered (see FragmentId) so these keys hash cheaply: a set of n spreads makes n² fragment pairs.
    private readonly Dictionary<(FieldMap, int), bool> _comparedMapAndFragment = [];
    private readonly Dictionary<(int, int), bool> _comparedFragments = [];

    /// <summary>The conflicts among the fields of <paramref name="selectionSet"/>, or null when there are none.</summary>
    public List<FieldConflict>? FindWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (HasOnlyDistinctFields(selectionSet))
        {
            // Nothing can conflict; the field map is built later only if another comparison needs it.
            return null;
        }

        List<FieldConflict>? conflicts = null;
        var map = GetFieldMap(parentType, selectionSet);
        CollectWithin(ref conflicts, map);
        var fragments = map.FragmentIds;
        for (var i = 0; i < fragments.Count; i++)
        {
            CollectBetweenMapAndFragment(ref conflicts, false, map, fragments[i]);
            for (var j = i + 1; j < fragments.Count; j++)
            {
                CollectBetweenFragments(ref conflicts, false, fragments[i], fragments[j]);
            }
        }

        return conflicts;
    }

    // Conflicts between two sub-selections of fields that share a response name.
    private List<FieldConflict>? FindBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        List<FieldConflict>? conflicts = null;
        var map1 = GetFieldMap(parentType1, selectionSet1);
        var map2 = GetFieldMap(parentType2, selectionSet2);
        CollectBetween(ref conflicts, mutuallyExclusive, map1, map2);
        var fragments1 = map1.FragmentIds;
        var fragments2 = map2.FragmentIds;
        for (var j = 0; j < fragments2.Count; j++)
        {
            CollectBetweenMapAndFragment(ref conflicts, mutuallyExclusive, map1, fragments2[j]);
        }

        for (var i = 0; i < fragments1.Count; i++)
        {
            CollectBetweenMapAndFragment(ref conflicts, mutuallyExclusive, map2, fragments1[i]);
        }

        for (var i = 0; i < fragments1.Count; i++)
        {
            for (var j = 0; j < fragments2.Count; j++)
            {
                CollectBetweenFragments(ref conflicts, mutuallyExclusive, fragments1[i], fragments2[j]);
            }
        }

        return conflicts;
    }

    // A map against a fragment and, depth first, every fragment that fragment spreads.
    private void CollectBetweenMapAndFragment(ref List<FieldConflict>? conflicts, bool mutuallyExclusive, FieldMap map, int fragmentId)
    {
        Stack<int>? pending = null;
        for (var id = fragmentId; id >= 0; id = pending is not null && pending.TryPop(out var next) ? next : -1)
        {
            if (!MarkCompared(_comparedMapAndFragment, (map, id), mutuallyExclusive))
            {
                continue;
            }

            var fragmentMap = GetFragmentFieldMap(id);
            if (ReferenceEquals(map, fragmentMap))
            {
                continue;
            }

            CollectBetween(ref conflicts, mutuallyExclusive, map, fragmentMap);
            for (var i = fragmentMap.FragmentIds.Count - 1; i >= 0; i--)
            {
                (pending ??= new Stack<int>()).Push(fragmentMap.FragmentIds[i]);
            }
        }
    }

    // Two fragments and, depth first, the first against every fragment the second spreads and vice versa.
    private void CollectBetweenFragments(ref List<FieldConflict>? conflicts, bool mutuallyExclusive, int fragmentId1, int fragmentId2)
    {
        Stack<(int, int)>? pending = null;
        var pair = (fragmentId1, fragmentId2);
        while (true)
        {
            var (id1, id2) = pair;
            var key = id1 < id2 ? (id1, id2) : (id2, id1);
            if (id1 != id2 && MarkCompared(_comparedFragments, key, mutuallyExclusive))
            {
                var map1 = GetFragmentFieldMap(id1);
                var map2 = GetFragmentFieldMap(id2);
                CollectBetween(ref conflicts, mutuallyExclusive, map1, map2);
                for (var i = map1.FragmentIds.Count - 1; i >= 0; i--)
                {
                    (pending ??= new Stack<(int, int)>()).Push((map1.FragmentIds[i], id2));
                }

                for (var i = map2.FragmentIds.Count - 1; i >= 0; i--)
                {
                    (pending ??= new Stack<(int, int)>()).Push((id1, map2.FragmentIds[i]));
                }
            }

            if (pending is null || !pending.TryPop(out pair))
            {
                return;
            }
        }
    }

    // Records a comparison; false when it was already made in a way that covers this one (a comparison made
    // without mutual exclusion covers both cases, one made under mutual exclusion covers only that case).
    private static bool MarkCompared<TKey>(Dictionary<TKey, bool> compared, TKey key, bool mutuallyExclusive)
        where TKey : notnull
    {
        if (compared.TryGetValue(key, out var wasMutuallyExclusive) && (mutuallyExclusive || !wasMutuallyExclusive))
        {
            return false;
        }

        compared[key] = mutuallyExclusive;
        return true;
    }

    // Every pair of fields sharing a response name within one map; never mutually exclusive.
    private void CollectWithin(ref List<FieldConflict>? conflicts, FieldMap map)
    {
        foreach (var group in map.Groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    Add(ref conflicts, FindConflict(false, group.ResponseName, group[i], group[j]));
                }
            }
        }
    }

    // Every pair of fields sharing a response name, one from each map.
    private void CollectBetween(ref List<FieldConflict>? conflicts, bool mutuallyExclusive, FieldMap map1, FieldMap map2)
    {
        foreach (var group1 in map1.Groups)
        {
            if (map2.Find(group1.ResponseName) is not { } group2)
            {
                continue;
            }

            for (var i = 0; i < group1.Count; i++)
            {
                for (var j = 0; j < group2.Count; j++)
                {
                    Add(ref conflicts, FindConflict(mutuallyExclusive, group1.ResponseName, group1[i], group2[j]));
                }
            }
        }
    }

    // True when the set holds fields only, under distinct response names: then nothing in it can conflict.
    private static bool HasOnlyDistinctFields(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Count > 8)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseName == field.ResponseName)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void Add(ref List<FieldConflict>? conflicts, FieldConflict? conflict)
    {
        if (conflict is not null)
        {
            (conflicts ??= []).Add(conflict);
        }
    }
}
