using Microsoft.Extensions.Primitives;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>The editor form's values by input name, as strings (see <see cref="ContentFormBinder"/>). Immutable.</summary>
public sealed class FormValues(IReadOnlyDictionary<string, StringValues> values)
{
    /// <summary>No values (a new item before its defaults are applied).</summary>
    public static FormValues Empty { get; } = new(new Dictionary<string, StringValues>());

    /// <summary>The first value of an input; null when absent.</summary>
    public string? Text(string name) => values.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;

    /// <summary>Every value of an input (checkbox groups and multiple selects).</summary>
    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var v) ? v.Where(s => s is not null).Select(s => s!).ToArray() : [];

    /// <summary>True when <paramref name="value"/> is among the input's values.</summary>
    public bool Has(string name, string value) => All(name).Contains(value, StringComparer.Ordinal);
}
