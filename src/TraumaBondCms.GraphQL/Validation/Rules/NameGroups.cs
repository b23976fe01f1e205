namespace TraumaBondCms.GraphQL.Validation.Rules;

/// <summary>Groups nodes by name to find repeats, for the uniqueness rules. Thread safe.</summary>
internal static class NameGroups
{
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
