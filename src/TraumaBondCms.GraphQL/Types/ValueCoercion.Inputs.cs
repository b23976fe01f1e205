using System.Text.Json;

namespace TraumaBondCms.GraphQL.Types;

public static partial class ValueCoercion
{
    /// <summary>
    /// Coerces an external input value, such as a variable value from a request (§6.1.2 CoerceVariableValues,
    /// with the input coercion rules of §3.5–§3.12), to an internal value of <paramref name="type"/>. Accepted
    /// shapes: null, <see cref="bool"/>, <see cref="string"/>, CLR numbers, dictionaries with string keys for input
    /// objects, other enumerables for lists, and <see cref="JsonElement"/> at any level. A non-list value given
    /// for a list type becomes a list of one.
    /// </summary>
    /// <exception cref="ValueCoercionException">On the first problem, with <see cref="ValueCoercionException.Path"/> pointing inside the value.</exception>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return CoerceExternal(value, type, []);
    }

    private static object? CoerceExternal(object? value, GraphQLType type, List<object> path)
    {
        if (value is JsonElement json)
        {
            value = FromJson(json);
        }

        if (type is NonNullType nonNull)
        {
            return value is null
                ? throw InputError(path, $"Expected non-nullable type \"{type}\" not to be null.")
                : CoerceExternal(value, nonNull.OfType, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list when TryGetItems(value, out var items):
                var result = new List<object?>();
                foreach (var item in items)
                {
                    path.Add(result.Count);
                    result.Add(CoerceExternal(item, list.OfType, path));
                    path.RemoveAt(path.Count - 1);
                }

                return result;
            case ListType list:
                return new List<object?> { CoerceExternal(value, list.OfType, path) };
            case InputObjectType inputObject:
                return CoerceExternalObject(value, inputObject, path);
            case EnumType enumType:
                return ParseExternal(path, () => enumType.ParseValue(value));
            case ScalarType scalar:
                return ParseExternal(path, () => scalar.ParseValue(value));
            default:
                throw InputError(path, $"Type \"{type}\" is not an input type.");
        }
    }

    private static Dictionary<string, object?> CoerceExternalObject(object value, InputObjectType type, List<object> path)
    {
        if (!TryGetEntries(value, out var entries))
        {
            throw InputError(path, $"Expected type \"{type.Name}\" to be an object.");
        }

        foreach (var key in entries.Keys)
        {
            if (type.GetField(key) is null)
            {
                throw InputError(path, $"Field \"{key}\" is not defined by type \"{type.Name}\".");
            }
        }

        if (type.IsOneOf)
        {
            if (entries.Count != 1)
            {
                throw InputError(path, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            var (key, single) = entries.First();
            if (single is null || (single is JsonElement { ValueKind: JsonValueKind.Null }))
            {
                throw InputError(path, $"Field \"{key}\" must be non-null.");
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!entries.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw InputError(path, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceExternal(fieldValue, field.Type, path);
            path.RemoveAt(path.Count - 1);
        }

        return result;
    }

    private static object? ParseExternal(List<object> path, Func<object?> parse)
    {
        try
        {
            return parse();
        }
        catch (ValueCoercionException error)
        {
            throw InputError(path, error.Message);
        }
    }

    private static ValueCoercionException InputError(List<object> path, string message) => new(message, path.ToArray());
}
