using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// Orders items already loaded (a reverse relation's items) the way list queries order them in the database: each key
/// ascending or descending with absent values last, then the item id in the direction of the last key. Text compares
/// ordinally, as SQLite does.
/// </summary>
internal static class InMemoryOrder
{
    private static readonly IReadOnlyList<ContentOrder> ByDisplayText = [new ContentOrder(ContentField.DisplayText)];

    /// <summary>A short text naming an order, so a cursor made for one order is refused under another.</summary>
    public static string Signature(object? orderBy) =>
        string.Join(",", (OrderByInput.Parse(orderBy) ?? ByDisplayText).Select(k => (k.Descending ? "-" : "+") + k.Field.Name));

    public static IEnumerable<ContentItem> Sort(IEnumerable<ContentItem> items, object? orderBy)
    {
        var keys = OrderByInput.Parse(orderBy) ?? ByDisplayText;
        return items.Order(Comparer<ContentItem>.Create((a, b) =>
        {
            foreach (var key in keys)
            {
                var order = Compare(Value(a, key.Field), Value(b, key.Field), key.Descending);
                if (order != 0)
                {
                    return order;
                }
            }

            var tie = string.CompareOrdinal(a.ContentItemId, b.ContentItemId);
            return keys[^1].Descending ? -tie : tie;
        }));
    }

    private static int Compare(IComparable? x, IComparable? y, bool descending) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        (string s, string t) => descending ? string.CompareOrdinal(t, s) : string.CompareOrdinal(s, t),
        _ => descending ? y.CompareTo(x) : x.CompareTo(y),
    };

    private static IComparable? Value(ContentItem item, ContentField field)
    {
        if (field.IsBuiltIn)
        {
            return field.Name switch
            {
                "id" => item.ContentItemId,
                "displayText" => item.DisplayText,
                "slug" => item.Slug,
                "createdUtc" => item.CreatedUtc,
                "modifiedUtc" => item.ModifiedUtc,
                _ => item.PublishedUtc,
            };
        }

        if (!item.Fields.TryGetValue(field.Name, out var value))
        {
            return null;
        }

        return (field.Kind, value.ValueKind) switch
        {
            (ContentValueKind.Number, JsonValueKind.Number) => value.GetDouble(),
            (ContentValueKind.Boolean, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
            (_, JsonValueKind.String) => value.GetString(),
            (_, JsonValueKind.Object) when value.TryGetProperty("url", out var url) => url.GetString(),
            _ => null,
        };
    }
}
