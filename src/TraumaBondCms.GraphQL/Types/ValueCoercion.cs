using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using TraumaBondCms.GraphQL.Language;
using TraumaBondCms.GraphQL.Language.Ast;

namespace TraumaBondCms.GraphQL.Types;

/// <summary>
/// Input value coercion shared by validation and execution (https://spec.graphql.org/October2021/#sec-Input-Values,
/// §3.5, §3.9, §3.10, §3.11, §3.12): literals to internal values (<see cref="CoerceLiteral"/>, §6.4.1), literal
/// checks that collect every problem (<see cref="ValidateLiteral"/>, §5.6.1), external values such as variables
/// to internal values (<see cref="CoerceInputValue"/>, §6.1.2), and internal values back to literals
/// (<see cref="AstFromValue"/>, for SDL and introspection default values). Internal values are: scalars as their
/// <see cref="ScalarType"/> produces them, enum values as <see cref="EnumValueDefinition.Value"/>, lists as
/// <see cref="List{T}"/> of <see cref="object"/>, input objects as <see cref="Dictionary{TKey, TValue}"/> of field
/// name to value holding only provided or defaulted fields. Stateless and thread safe.
/// </summary>
public static partial class ValueCoercion
{
    /// <summary>
    /// Converts a literal to a plain .NET value without a type, as a pass-through custom scalar receives it:
    /// Int to <see cref="int"/>, <see cref="long"/> or <see cref="BigInteger"/>; Float to <see cref="double"/>;
    /// String and enum names to <see cref="string"/>; lists to <see cref="List{T}"/>; objects to
    /// <see cref="Dictionary{TKey, TValue}"/>; variables to their value in <paramref name="variables"/> (null when absent).
    /// </summary>
    public static object? LiteralToPlainValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            // Each branch is boxed on its own: a plain conditional would widen every integer to BigInteger.
            IntValueNode integer => int.TryParse(integer.Value, CultureInfo.InvariantCulture, out var small) ? (object)small
                : long.TryParse(integer.Value, CultureInfo.InvariantCulture, out var large) ? (object)large
                : BigInteger.Parse(integer.Value, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            StringValueNode text => text.Value,
            BooleanValueNode flag => flag.Value,
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => list.Values.Select(item => LiteralToPlainValue(item, variables)).ToList(),
            ObjectValueNode objectValue => PlainObject(objectValue, variables),
            VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
            _ => null,
        };
    }

    /// <summary>Describes a value for error messages: strings as GraphQL string literals, numbers in invariant culture.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => Printer.PrintQuotedString(text),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static Dictionary<string, object?> PlainObject(ObjectValueNode objectValue, IReadOnlyDictionary<string, object?>? variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in objectValue.Fields)
        {
            result.TryAdd(field.Name.Value, LiteralToPlainValue(field.Value, variables));
        }

        return result;
    }

    // Lists are any enumerable but strings and dictionaries.
    private static bool TryGetItems(object value, out IEnumerable items)
    {
        items = value as IEnumerable ?? Array.Empty<object>();
        return value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?>;
    }

    private static bool TryGetEntries(object value, out IReadOnlyDictionary<string, object?> entries)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                entries = readOnly;
                return true;
            case IDictionary<string, object?> generic:
                entries = new Dictionary<string, object?>(generic, StringComparer.Ordinal);
                return true;
            case IDictionary untyped when untyped.Keys.Cast<object>().All(key => key is string):
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in untyped)
                {
                    copy[(string)entry.Key] = entry.Value;
                }

                entries = copy;
                return true;
            default:
                entries = new Dictionary<string, object?>();
                return false;
        }
    }

    // JSON variables arrive as JsonElement: numbers become int, long or double; arrays lists; objects dictionaries.
    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var small) ? (object)small
            : element.TryGetInt64(out var large) ? (object)large
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().GroupBy(p => p.Name).ToDictionary(g => g.Key, g => FromJson(g.Last().Value), StringComparer.Ordinal),
        _ => null,
    };
}
