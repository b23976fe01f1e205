using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (§6.4.2 ResolveFieldValue): reads the field's name from the source
/// value. Dictionaries with string keys are looked up by the exact name; JSON objects by property name; other
/// CLR objects by a public instance property or field of that name (exact case first, then ignoring case), read
/// through a compiled accessor cached per type and name. A missing member or null source gives null. JSON
/// values are turned into CLR values (see <see cref="FromJson"/>). Thread safe.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> entries:
                return entries.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> entries:
                return entries.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(fieldName, out var property) ? FromJson(property) : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
            default:
                return GetAccessor(source.GetType(), fieldName)?.Invoke(source);
        }
    }

    /// <summary>Resolves like <see cref="Resolve(object?, string)"/>, keeping the CLR accessor in <paramref name="cache"/> so repeated objects of one type skip the shared lookup.</summary>
    public static object? Resolve(object? source, string fieldName, ref AccessorCache? cache)
    {
        if (source is null || source is IEnumerable<KeyValuePair<string, object?>> or JsonElement or IDictionary)
        {
            return Resolve(source, fieldName);
        }

        var type = source.GetType();
        var cached = cache;
        if (cached is null || cached.Type != type)
        {
            cache = cached = new AccessorCache(type, GetAccessor(type, fieldName));
        }

        return cached.Accessor?.Invoke(source);
    }

    private static Func<object, object?>? GetAccessor(Type type, string fieldName) =>
        Accessors.GetOrAdd((type, fieldName), static key => CreateAccessor(key.Type, key.Name));

    /// <summary>JSON scalars become string, bool, int, long or double; null stays null; arrays become lists of converted items; objects stay JSON.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var small) ? small : element.TryGetInt64(out var large) ? large : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element,
        _ => null,
    };

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        var member = (MemberInfo?)FindProperty(type, name, Public) ?? type.GetField(name, Public)
            ?? (MemberInfo?)FindProperty(type, name, Public | BindingFlags.IgnoreCase) ?? type.GetField(name, Public | BindingFlags.IgnoreCase);
        if (member is null)
        {
            return null;
        }

        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.MakeMemberAccess(Expression.Convert(source, type), member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }

    // Indexers and write-only properties do not count; the most derived declaration wins over hidden ones.
    private static PropertyInfo? FindProperty(Type type, string name, BindingFlags flags) =>
        type.GetProperties(flags)
            .Where(property => property.GetIndexParameters().Length == 0 && property.CanRead && string.Equals(property.Name, name, (flags & BindingFlags.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            .OrderByDescending(property => Depth(property.DeclaringType))
            .FirstOrDefault();

    private static int Depth(Type? type)
    {
        var depth = 0;
        for (; type is not null; type = type.BaseType)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>The accessor of one field for one CLR type; replaced whole, so readers never see a torn pair.</summary>
    internal sealed record AccessorCache(Type Type, Func<object, object?>? Accessor);
}
