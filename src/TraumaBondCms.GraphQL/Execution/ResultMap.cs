using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The response map of one selection set (https://spec.graphql.org/October2021/#sec-Serialization-Format):
/// response keys in the order the fields were selected (§6.3 "ordered map"), each with its completed value
/// (null, a leaf value, a <see cref="ResultMap"/> or an <c>object?[]</c> list). Keys are shared between all
/// objects completed from the same selection set. Read-only once execution returns; lookups are linear,
/// which is fastest for the handful of keys a selection set has.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    /// <summary>The number of response keys.</summary>
    public int Count => _keys.Length;

    /// <summary>The response keys in selection order.</summary>
    public IEnumerable<string> Keys => _keys;

    /// <summary>The values in selection order.</summary>
    public IEnumerable<object?> Values => _values;

    /// <summary>The value of a response key.</summary>
    /// <exception cref="KeyNotFoundException">When the key is not in the map.</exception>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No response key \"{key}\".");

    internal string[] KeyArray => _keys;

    internal object?[] ValueArray => _values;

    /// <summary>True when the key is in the map.</summary>
    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    /// <summary>Looks a response key up.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <summary>The entries in selection order.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Set(int index, object? value) => _values[index] = value;
}
