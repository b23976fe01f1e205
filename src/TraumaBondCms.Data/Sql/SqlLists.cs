namespace TraumaBondCms.Data.Sql;

/// <summary>Parameter lists for <c>IN (...)</c>: one named parameter per distinct value.</summary>
internal static class SqlLists
{
    /// <summary>The SQL list (<c>@p0, @p1</c>) and its parameters for <paramref name="values"/>, named with <paramref name="prefix"/>.</summary>
    public static (string List, (string, object?)[] Parameters) In(string prefix, IEnumerable<string> values)
    {
        var parameters = values.Distinct(StringComparer.Ordinal).Select((v, i) => ($"@{prefix}{i}", (object?)v)).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }
}
