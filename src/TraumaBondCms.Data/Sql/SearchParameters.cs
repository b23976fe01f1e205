namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Collects the parameters of one search statement as it is assembled: every value, user text included, goes in as a
/// parameter named <c>@sN</c>, and only those names go into the SQL text.
/// </summary>
internal sealed class SearchParameters
{
    private readonly List<(string Name, object? Value)> _values = [];

    /// <summary>Adds a value and returns its parameter name.</summary>
    public string Add(object? value)
    {
        var name = "@s" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add((name, value));
        return name;
    }

    /// <summary>Adds each value and returns the comma-separated parameter names, for <c>IN (...)</c>.</summary>
    public string AddList<T>(IEnumerable<T> values) => string.Join(", ", values.Select(v => Add(v)));

    /// <summary>The parameters, for <see cref="SqlRunner"/>.</summary>
    public (string Name, object? Value)[] ToArray() => [.. _values];
}
