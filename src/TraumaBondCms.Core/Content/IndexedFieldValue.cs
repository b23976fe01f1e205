namespace TraumaBondCms.Core.Content;

/// <summary>
/// One row of the field index: the value of an indexed field of a version, as text, number or boolean.
/// Array fields (Tags, ContentPicker, List) give one row per item.
/// </summary>
public sealed record IndexedFieldValue(string Field, string? Text, double? Number, bool? Boolean)
{
    /// <summary>The index rows of every field the type marks as indexed.</summary>
    public static IReadOnlyList<IndexedFieldValue> For(ContentTypeDefinition type, ContentFields fields)
    {
        var rows = new List<IndexedFieldValue>();
        foreach (var field in type.Fields.Where(f => f.Indexed))
        {
            if (!fields.TryGetValue(field.Name, out var value))
            {
                continue;
            }

            var items = field.IsArray ? value.EnumerateArray().ToArray() : [value];
            foreach (var item in items)
            {
                rows.Add(item.ValueKind switch
                {
                    System.Text.Json.JsonValueKind.Number => new IndexedFieldValue(field.Name, null, item.GetDouble(), null),
                    System.Text.Json.JsonValueKind.True => new IndexedFieldValue(field.Name, null, null, true),
                    System.Text.Json.JsonValueKind.False => new IndexedFieldValue(field.Name, null, null, false),
                    System.Text.Json.JsonValueKind.Object => new IndexedFieldValue(field.Name, item.TryGetProperty("url", out var url) ? url.GetString() : null, null, null),
                    _ => new IndexedFieldValue(field.Name, item.GetString(), null, null),
                });
            }
        }

        return rows;
    }
}
