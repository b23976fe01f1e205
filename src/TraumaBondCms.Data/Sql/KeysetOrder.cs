using System.Globalization;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// How a list order is read: its keys' directions and kinds, the item id as the final key in the direction of the last
/// key (so a single index in that order, walked forwards or backwards, serves both directions), and the segments the list
/// falls into (see <see cref="KeysetSegment"/>). Orders whose keys are never absent, and single keys that can be absent,
/// are read by walking indexes; other orders (several keys, some of which can be absent) are sorted by the engine.
/// </summary>
internal sealed class KeysetOrder
{
    private KeysetOrder(IReadOnlyList<ContentOrder> order, IReadOnlyList<KeysetSegment> segments)
    {
        Order = order;
        Segments = segments;
        Descending = order.Select(o => o.Descending).ToArray();
        TieDescending = order[^1].Descending;
    }

    /// <summary>The order keys, without the item id.</summary>
    public IReadOnlyList<ContentOrder> Order { get; }

    /// <summary>The segments in forward order.</summary>
    public IReadOnlyList<KeysetSegment> Segments { get; }

    /// <summary>Per key: descending.</summary>
    public IReadOnlyList<bool> Descending { get; }

    /// <summary>The item id's direction: the last key's.</summary>
    public bool TieDescending { get; }

    /// <summary>The plan of <paramref name="order"/> for a list of <paramref name="status"/>.</summary>
    public static KeysetOrder For(IReadOnlyList<ContentOrder> order, ContentStatusFilter status, SqlFilterCompiler compiler)
    {
        const string Versions = "FROM content_versions v";
        if (order.Count == 1 && MayBeAbsent(order[0].Field, status))
        {
            var field = order[0].Field;
            if (field.IsBuiltIn)
            {
                var column = SqlFilterCompiler.BuiltInColumn(field, "v");
                return new KeysetOrder(order,
                [
                    new KeysetSegment(Versions, "v.content_type", $"{column} IS NOT NULL", [column], "v.content_item_id", NullsLast: false),
                    new KeysetSegment(Versions, "v.content_type", $"{column} IS NULL", [null], "v.content_item_id", NullsLast: false),
                ]);
            }

            // Rows with a value come from the field index in value order (joined to their versions); then the rows without.
            var value = SqlFilterCompiler.IndexColumn(field.Kind);
            var name = compiler.Parameter(field.Name);
            return new KeysetOrder(order,
            [
                new KeysetSegment(
                    "FROM content_field_index k CROSS JOIN content_versions v",
                    "k.content_type",
                    $"v.content_item_version_id = k.content_item_version_id AND k.field_name = {name} AND k.{value} IS NOT NULL",
                    [$"k.{value}"],
                    "k.content_item_id",
                    NullsLast: false),
                new KeysetSegment(
                    Versions,
                    "v.content_type",
                    $"NOT EXISTS (SELECT 1 FROM content_field_index k WHERE k.content_item_version_id = v.content_item_version_id AND k.field_name = {name} AND k.{value} IS NOT NULL)",
                    [null],
                    "v.content_item_id",
                    NullsLast: false),
            ]);
        }

        if (order.All(o => !MayBeAbsent(o.Field, status)))
        {
            return new KeysetOrder(order, [new KeysetSegment(Versions, "v.content_type", null, order.Select(o => (string?)SqlFilterCompiler.BuiltInColumn(o.Field, "v")).ToArray(), "v.content_item_id", NullsLast: false)]);
        }

        // Several keys, some possibly absent: each indexed key read per row from the field index, absent values last, sorted
        // by the engine (this order has no index; it reads every row of the list).
        var keys = order.Select(key => key.Field.IsBuiltIn
            ? SqlFilterCompiler.BuiltInColumn(key.Field, "v")
            : $"(SELECT k.{SqlFilterCompiler.IndexColumn(key.Field.Kind)} FROM content_field_index k WHERE k.content_item_version_id = v.content_item_version_id AND k.field_name = {compiler.Parameter(key.Field.Name)} LIMIT 1)");
        return new KeysetOrder(order, [new KeysetSegment(Versions, "v.content_type", null, [.. keys], "v.content_item_id", NullsLast: true)]);
    }

    /// <summary>The segment a row with these key values belongs to.</summary>
    public int SegmentOf(IReadOnlyList<object?> keys) => Segments.Count == 1 || keys[0] is not null ? 0 : 1;

    /// <summary>
    /// The rows of segment <paramref name="s"/> strictly after (<paramref name="after"/>) or before the cursor row in the
    /// forward order. Keys all in one direction compare as one row value, which an index seeks to directly; mixed
    /// directions and absent values compare key by key.
    /// </summary>
    public string Beyond(int s, IReadOnlyList<object?> values, string id, SqlFilterCompiler compiler, bool after)
    {
        var segment = Segments[s];
        var idParameter = compiler.Parameter(id);
        string Comparison(bool descending) => (after != descending) ? ">" : "<";
        if (segment.Keys.All(k => k is null))
        {
            return $"{segment.Tie} {Comparison(TieDescending)} {idParameter}";
        }

        if (!segment.NullsLast && Descending.All(d => d == TieDescending))
        {
            // Ordered by the item id itself: the id is the whole key.
            var byId = segment.Keys[^1] == segment.Tie;
            var columns = string.Join(", ", byId ? segment.Keys : segment.Keys.Append(segment.Tie));
            var parameters = string.Join(", ", values.Select(v => compiler.Parameter(compiler.DbValue(v))).Concat(byId ? [] : [idParameter]));
            return $"({columns}) {Comparison(TieDescending)} ({parameters})";
        }

        // For some key k: equal on every key before k and beyond on k. Absent values sort last, so going forwards nothing
        // present is beyond an absent value, and every present value is before it.
        var terms = new List<string>();
        var equal = new List<string>();
        for (var k = 0; k < segment.Keys.Count; k++)
        {
            var column = segment.Keys[k]!;
            if (values[k] is { } value)
            {
                var parameter = compiler.Parameter(compiler.DbValue(value));
                var comparison = Comparison(Descending[k]);
                terms.Add(Join(equal, !segment.NullsLast ? $"{column} {comparison} {parameter}"
                    : after ? $"({column} {comparison} {parameter} OR {column} IS NULL)" : $"({column} IS NOT NULL AND {column} {comparison} {parameter})"));
                equal.Add(segment.NullsLast ? $"({column} IS NOT NULL AND {column} = {parameter})" : $"{column} = {parameter}");
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

        terms.Add(Join(equal, $"{segment.Tie} {Comparison(TieDescending)} {idParameter}"));
        return "(" + string.Join(" OR ", terms) + ")";
    }

    /// <summary>Reads the key values a chooser returned (columns from <paramref name="ordinal"/> on), by kind.</summary>
    public object?[] ReadKeys(System.Data.Common.DbDataReader reader, int ordinal, SqlDialect dialect)
    {
        var values = new object?[Order.Count];
        for (var k = 0; k < Order.Count; k++)
        {
            var at = ordinal + k;
            values[k] = reader.IsDBNull(at) ? null : Order[k].Field.Kind switch
            {
                ContentValueKind.Text => reader.GetString(at),
                ContentValueKind.Number => Convert.ToDouble(reader.GetValue(at), CultureInfo.InvariantCulture),
                ContentValueKind.Boolean => reader.GetBoolean(at),
                _ => dialect.ReadTime(reader, at),
            };
        }

        return values;
    }

    // Columns no version lacks are never absent; a published version always has its publication time.
    private static bool MayBeAbsent(ContentField field, ContentStatusFilter status) =>
        !field.IsBuiltIn || field.Name == ContentField.Slug.Name || (field.Name == ContentField.PublishedUtc.Name && status != ContentStatusFilter.Published);

    private static string Join(List<string> equal, string last) => "(" + string.Join(" AND ", equal.Append(last)) + ")";
}
