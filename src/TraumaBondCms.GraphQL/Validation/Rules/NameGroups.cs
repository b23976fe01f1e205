namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>Groups nodes by name to find repeats, for the uniqueness rules. Thread safe.</summary>
internal static class NameGroups
{
    /// <summary>
    /// True when some name occurs more than once. Allocation-free for short lists, which is nearly every list,
    /// so the uniqueness rules build groups only when there is something to report.
    /// </summary>
    public static bool HasRepeats<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        if (items.Count < 2)
        {
            return false;
        }

        if (items.Count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (!seen.Add(nameOf(items[i])))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < items.Count; i++)
        {
            var name = nameOf(items[i]);
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]) == name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The names that occur more than once, in order of first occurrence, each with all its items in order.</summary>
    public static List<(string Name, List<T> Items)> Repeated<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!groups.TryGetValue(name, out var group))
            {
                groups[name] = group = [];
                order.Add(name);
            }

            group.Add(item);
        }

        var repeated = new List<(string, List<T>)>();
        foreach (var name in order)
        {
            if (groups[name].Count > 1)
            {
                repeated.Add((name, groups[name]));
            }
        }

        return repeated;
    }
}
