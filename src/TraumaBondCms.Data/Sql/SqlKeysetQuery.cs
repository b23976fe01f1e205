using System.Data.Common;
using System.Text;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Runs a keyset list query (see <see cref="ContentQuery"/>): filter, order on indexed or built-in fields with the item
/// id as the final key, and pages forwards or backwards from cursors without offsets, so paging never skips or repeats
/// an item while the list is unchanged. Absent key values sort last in both directions.
/// </summary>
internal sealed class SqlKeysetQuery(SqlRunner sql, string versionColumns, string fromVersions, Func<DbDataReader, ContentItem> readVersion, int versionColumnCount)
{
    private static readonly IReadOnlyList<ContentOrder> DefaultOrder = [new ContentOrder(ContentField.ModifiedUtc, Descending: true)];

    public async Task<ContentPage> RunAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var order = query.OrderBy is { Count: > 0 } given ? given : DefaultOrder;
        var compiler = new SqlFilterCompiler(sql.Dialect);
        var where = new StringBuilder(compiler.Scope("v", "i", query.Status, query.ContentTypes));
        AppendSimpleFilters(query, where, compiler);
        if (query.Where is not null)
        {
            where.Append(" AND ").Append(compiler.Compile(query.Where, "v", "i", query.Status));
        }

        var total = -1;
        if (query.CountTotal)
        {
            total = (int)await sql.ScalarAsync<long>($"SELECT COUNT(*) {fromVersions} WHERE {where}", cancellationToken, [.. compiler.Parameters]);
        }

        // Key expressions: built-in columns directly, indexed fields through one LEFT JOIN each.
        var joins = new StringBuilder();
        var keys = new List<(string Sql, ContentValueKind Kind, bool Descending)>();
        foreach (var key in order)
        {
            if (key.Field.IsBuiltIn)
            {
                keys.Add((SqlFilterCompiler.BuiltInColumn(key.Field, "v", "i"), key.Field.Kind, key.Descending));
                continue;
            }

            var join = compiler.Alias("k");
            joins.Append($" LEFT JOIN content_field_index {join} ON {join}.content_item_version_id = v.content_item_version_id AND {join}.field_name = {compiler.Parameter(key.Field.Name)}");
            keys.Add(($"{join}.{SqlFilterCompiler.IndexColumn(key.Field.Kind)}", key.Field.Kind, key.Descending));
        }

        var signature = KeysetCursor.Signature(order);
        if (query.After is not null)
        {
            var (values, id) = KeysetCursor.Decode(query.After, "after", signature, order);
            where.Append(" AND ").Append(Beyond(keys, values, id, compiler, after: true));
        }

        if (query.Before is not null)
        {
            var (values, id) = KeysetCursor.Decode(query.Before, "before", signature, order);
            where.Append(" AND ").Append(Beyond(keys, values, id, compiler, after: false));
        }

        var backwards = query.Last is not null;
        var size = Math.Clamp(query.Last ?? query.First, 1, 500);
        // Paging backwards reads the order reversed (directions and null placement flipped) and reverses the page.
        var orderBy = string.Join(", ", keys.Select(k => $"{k.Sql} {((k.Descending != backwards) ? "DESC" : "ASC")} {(backwards ? "NULLS FIRST" : "NULLS LAST")}"))
            + $", v.content_item_id {(backwards ? "DESC" : "ASC")}";
        var keyColumns = string.Concat(keys.Select(k => ", " + k.Sql));
        var rows = await sql.QueryAsync(
            $"SELECT {versionColumns}{keyColumns} {fromVersions}{joins} WHERE {where} ORDER BY {orderBy} LIMIT {compiler.Parameter(size + 1)}",
            r => (Item: readVersion(r), Keys: ReadKeys(r, keys)),
            cancellationToken,
            [.. compiler.Parameters]);
        var more = rows.Count > size;
        var page = more ? rows.GetRange(0, size) : rows;
        if (backwards)
        {
            page.Reverse();
        }

        var cursors = page.Select(row => KeysetCursor.Encode(signature, row.Keys, row.Item.ContentItemId)).ToList();
        var hasNext = backwards ? query.Before is not null : more;
        return new ContentPage(page.Select(row => row.Item).ToList(), total, hasNext && cursors.Count > 0 ? cursors[^1] : null)
        {
            Cursors = cursors,
            HasNextPage = hasNext,
            HasPreviousPage = backwards ? more : query.After is not null,
        };
    }

    private static void AppendSimpleFilters(ContentQuery query, StringBuilder where, SqlFilterCompiler compiler)
    {
        if (query.WorkflowStatuses is { Count: > 0 } statuses)
        {
            where.Append($" AND v.workflow_status IN ({string.Join(", ", statuses.Select(s => compiler.Parameter(s)))})");
        }

        if (!string.IsNullOrWhiteSpace(query.DisplayTextContains))
        {
            where.Append(" AND ").Append(compiler.Compile(new FieldFilter(ContentField.DisplayText, FilterOperator.Contains, [query.DisplayTextContains.Trim()]), "v", "i", query.Status));
        }

        if (query.Owner is not null)
        {
            where.Append($" AND i.owner = {compiler.Parameter(query.Owner)}");
        }

        if (query.Slug is not null)
        {
            where.Append($" AND v.slug = {compiler.Parameter(query.Slug)}");
        }
    }

    // The rows strictly after (or before) the cursor row in the forward order: for some key k, equal on every key
    // before k and beyond on k. Absent values sort last, so nothing non-absent is beyond an absent value going forwards,
    // and every non-absent value is before it.
    private static string Beyond(List<(string Sql, ContentValueKind Kind, bool Descending)> keys, IReadOnlyList<object?> values, string id, SqlFilterCompiler compiler, bool after)
    {
        var terms = new List<string>();
        var equal = new List<string>();
        for (var k = 0; k < keys.Count; k++)
        {
            var (column, _, descending) = keys[k];
            if (values[k] is { } value)
            {
                var parameter = compiler.Parameter(compiler.DbValue(value));
                var comparison = (after != descending) ? ">" : "<";
                terms.Add(Join(equal, after ? $"({column} {comparison} {parameter} OR {column} IS NULL)" : $"({column} IS NOT NULL AND {column} {comparison} {parameter})"));
                equal.Add($"({column} IS NOT NULL AND {column} = {parameter})");
            }
            else
            {
                if (!after)
                {
                    terms.Add(Join(equal, $"{column} IS NOT NULL"));
                }

                equal.Add($"{column} IS NULL");
            }
        }

        terms.Add(Join(equal, $"v.content_item_id {(after ? ">" : "<")} {compiler.Parameter(id)}"));
        return "(" + string.Join(" OR ", terms) + ")";
    }

    private static string Join(List<string> equal, string last) => "(" + string.Join(" AND ", equal.Append(last)) + ")";

    private object?[] ReadKeys(DbDataReader reader, List<(string Sql, ContentValueKind Kind, bool Descending)> keys)
    {
        var values = new object?[keys.Count];
        for (var k = 0; k < keys.Count; k++)
        {
            var ordinal = versionColumnCount + k;
            values[k] = reader.IsDBNull(ordinal) ? null : keys[k].Kind switch
            {
                ContentValueKind.Text => reader.GetString(ordinal),
                ContentValueKind.Number => reader.GetDouble(ordinal),
                ContentValueKind.Boolean => reader.GetBoolean(ordinal),
                _ => sql.Dialect.ReadTime(reader, ordinal),
            };
        }

        return values;
    }
}
