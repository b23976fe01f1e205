using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Writes JSON in one canonical form so that equal content always hashes equally: object keys sorted by
/// ordinal, no white space, strings escaped the same way every time, numbers in their shortest round-trip
/// form (<c>1.0</c> and <c>1</c> are the same number and print as <c>1</c>).
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // A fixed encoder: the default one may change which characters it escapes between releases.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes name/value pairs as one canonical JSON object.</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, JsonElement>> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                Write(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes one JSON value canonically.</summary>
    public static string Serialize(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetString());
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(CanonicalNumber(value), skipInputValidation: true);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static string CanonicalNumber(JsonElement value)
    {
        // Decimal keeps exact values for the numbers editors type (prices, counts, 2.5 minutes); the
        // shortest round-trip double is the fallback for magnitudes decimal cannot hold.
        if (value.TryGetDecimal(out var d))
        {
            return Normalize(d);
        }

        return value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
    }

    // Dividing by 1 with 28 trailing zeros drops the scale, so 2.50 and 2.5 print alike.
    private static string Normalize(decimal d) => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
