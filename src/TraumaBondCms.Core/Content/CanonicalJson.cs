using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Writes JSON in one canonical form so that equal content always hashes equally: object keys sorted by
/// ordinal, no white space, strings with only quotes, backslashes and control characters escaped (as in
/// RFC 8785, whatever the runtime's Unicode version), numbers in their shortest round-trip form
/// (<c>1.0</c> and <c>1</c> are the same number and print as <c>1</c>). Thread-safe.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Serializes name/value pairs as one canonical JSON object.</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, JsonElement>> values)
    {
        var builder = new StringBuilder();
        WriteObject(builder, values.Select(p => (p.Key, p.Value)));
        return builder.ToString();
    }

    /// <summary>Serializes one JSON value canonically.</summary>
    public static string Serialize(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(builder, value.EnumerateObject().Select(p => (p.Name, p.Value)));
                break;
            case JsonValueKind.Array:
                builder.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    builder.Append(first ? string.Empty : ",");
                    first = false;
                    Write(builder, item);
                }

                builder.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(builder, value.GetString()!);
                break;
            case JsonValueKind.Number:
                builder.Append(CanonicalNumber(value));
                break;
            case JsonValueKind.True:
                builder.Append("true");
                break;
            case JsonValueKind.False:
                builder.Append("false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, IEnumerable<(string Name, JsonElement Value)> members)
    {
        builder.Append('{');
        var first = true;
        foreach (var (name, value) in members.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            builder.Append(first ? string.Empty : ",");
            first = false;
            WriteString(builder, name);
            builder.Append(':');
            Write(builder, value);
        }

        builder.Append('}');
    }

    // String escaping as in RFC 8785 (JSON Canonicalization Scheme) §3.2.2.2: only '"', '\' and the C0
    // controls are escaped (short forms where JSON has them, else \u00xx in lower case); every other
    // character is written as itself. A System.Text.Encodings.Web encoder would not do: even the relaxed
    // one escapes non-BMP characters and any code point its Unicode tables call unassigned, so text with
    // a character assigned in a newer Unicode version would hash differently on another .NET release.
    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
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
