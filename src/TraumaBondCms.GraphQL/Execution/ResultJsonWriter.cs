using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>
/// Writes completed values as JSON (§7.1 serialization): response maps, lists and the primitives leaf types
/// serialize to. Other values a custom scalar returns go through <see cref="JsonSerializer"/>. Thread safe.
/// </summary>
internal static class ResultJsonWriter
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case object?[] items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                writer.WriteStartObject();
                foreach (var (key, entry) in entries)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, entry);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items and not IDictionary:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var keys = map.KeyArray;
        var values = map.ValueArray;
        for (var i = 0; i < keys.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }
}
