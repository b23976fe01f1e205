using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Cursors of keyset queries: the order's signature, the item's value of each order key and its id, as base64url JSON.
/// The signature ties a cursor to the order it was made for, so a cursor reused with another order is refused rather
/// than silently skipping or repeating items.
/// </summary>
internal static class KeysetCursor
{
    // "2": ties break by item id in the direction of the last key (they broke ascending before), so cursors made under
    // the old rule are refused instead of skipping or repeating tied items.
    public static string Signature(IReadOnlyList<ContentOrder> order) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("2|" + string.Join('|', order.Select(o => $"{(o.Field.IsBuiltIn ? "$" : string.Empty)}{o.Field.Name}:{o.Field.Kind}:{(o.Descending ? 'd' : 'a')}")))))[..8];

    public static string Encode(string signature, IReadOnlyList<object?> keys, string contentItemId)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(signature);
            foreach (var key in keys)
            {
                switch (key)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case double number:
                        writer.WriteNumberValue(number);
                        break;
                    case bool flag:
                        writer.WriteBooleanValue(flag);
                        break;
                    case DateTimeOffset time:
                        writer.WriteStringValue(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                        break;
                    default:
                        throw new InvalidOperationException($"A cursor cannot hold a {key.GetType().Name}.");
                }
            }

            writer.WriteStringValue(contentItemId);
            writer.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a cursor made for <paramref name="order"/>; throws <see cref="ContentValidationException"/> naming <paramref name="parameter"/> otherwise.</summary>
    public static (IReadOnlyList<object?> Keys, string ContentItemId) Decode(string cursor, string parameter, string signature, IReadOnlyList<ContentOrder> order)
    {
        var problem = $"'{parameter}' is not a cursor of this list in this order; use a cursor from the same query.";
        if (cursor.Length > 4096)
        {
            throw ContentValidationException.For(parameter, problem);
        }

        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            using var document = JsonDocument.Parse(Convert.FromBase64String(padded));
            var items = document.RootElement.EnumerateArray().ToArray();
            if (items.Length != order.Count + 2 || items[0].GetString() != signature || items[^1].GetString() is not { } id || !ContentIds.IsWellFormed(id))
            {
                throw ContentValidationException.For(parameter, problem);
            }

            var keys = new object?[order.Count];
            for (var k = 0; k < order.Count; k++)
            {
                var value = items[k + 1];
                keys[k] = value.ValueKind == JsonValueKind.Null ? null : order[k].Field.Kind switch
                {
                    ContentValueKind.Text => value.GetString(),
                    ContentValueKind.Number => value.GetDouble(),
                    ContentValueKind.Boolean => value.GetBoolean(),
                    _ => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                };
            }

            return (keys, id);
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw ContentValidationException.For(parameter, problem);
        }
    }
}
