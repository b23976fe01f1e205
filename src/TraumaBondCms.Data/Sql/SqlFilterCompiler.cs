using System.Globalization;
using System.Text;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Turns the conditions of a keyset list query into portable SQL over <c>content_versions</c> (alias <c>v</c>) joined to
/// <c>content_items</c> (alias <c>i</c>), collecting the parameters. Every predicate it writes is true or false, never
/// NULL, so <c>NOT</c> is an exact complement. One instance per query; not thread-safe.
/// </summary>
internal sealed class SqlFilterCompiler(SqlDialect dialect)
{
    private int _next;

    public List<(string Name, object? Value)> Parameters { get; } = [];

    /// <summary>A new parameter holding <paramref name="value"/>; returns its name.</summary>
    public string Parameter(object? value)
    {
        var name = "@q" + (_next++).ToString(CultureInfo.InvariantCulture);
        Parameters.Add((name, value));
        return name;
    }

    /// <summary>A new alias with <paramref name="prefix"/>, unique in the query.</summary>
    public string Alias(string prefix) => prefix + (_next++).ToString(CultureInfo.InvariantCulture);

    /// <summary>The conditions every list query starts from: live items, the status's versions, the types.</summary>
    public string Scope(string v, string i, ContentStatusFilter status, IReadOnlyList<string>? types)
    {
        var where = new StringBuilder($"{i}.deleted_utc IS NULL AND ");
        where.Append(status switch
        {
            ContentStatusFilter.Published => $"{v}.published",
            ContentStatusFilter.Latest => $"{v}.latest",
            _ => $"{v}.latest AND NOT {v}.published",
        });
        if (types is { Count: > 0 })
        {
            where.Append($" AND {v}.content_type IN ({List(types.Distinct(StringComparer.Ordinal))})");
        }

        return where.ToString();
    }

    /// <summary>The SQL of <paramref name="filter"/> over the version alias <paramref name="v"/> and item alias <paramref name="i"/>.</summary>
    public string Compile(ContentFilter filter, string v, string i, ContentStatusFilter status) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", and.Filters.Select(f => Compile(f, v, i, status))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", or.Filters.Select(f => Compile(f, v, i, status))) + ")",
        NotFilter not => $"NOT ({Compile(not.Filter, v, i, status)})",
        FieldFilter field => field.Field.IsBuiltIn ? Column(field, BuiltInColumn(field.Field, v, i)) : Indexed(field, v),
        RelationFilter relation => Relation(relation, v, status),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    /// <summary>The column of a built-in field.</summary>
    public static string BuiltInColumn(ContentField field, string v, string i) => field.Name switch
    {
        "id" => $"{v}.content_item_id",
        "displayText" => $"{v}.display_text",
        "slug" => $"{v}.slug",
        "createdUtc" => $"{i}.created_utc",
        "modifiedUtc" => $"{v}.modified_utc",
        "publishedUtc" => $"{v}.published_utc",
        _ => throw new ArgumentException($"'{field.Name}' is not a built-in field.", nameof(field)),
    };

    /// <summary>The index row column holding values of <paramref name="kind"/>.</summary>
    public static string IndexColumn(ContentValueKind kind) => kind switch
    {
        ContentValueKind.Number => "number_value",
        ContentValueKind.Boolean => "bool_value",
        _ => "text_value",
    };

    /// <summary>A value as the database compares it (times in the engine's format).</summary>
    public object? DbValue(object? value) => value is DateTimeOffset time ? dialect.ToDbTime(time) : value;

    private string Column(FieldFilter filter, string column) => filter.Operator switch
    {
        // "IS NOT NULL AND" keeps a comparison with an absent value false instead of unknown.
        FilterOperator.NotEqual => $"({column} IS NULL OR {column} <> {Single(filter)})",
        _ => $"({column} IS NOT NULL AND {Predicate(filter, column)})",
    };

    private string Indexed(FieldFilter filter, string v)
    {
        var x = Alias("x");
        var column = $"{x}.{IndexColumn(filter.Field.Kind)}";
        var rows = $"SELECT 1 FROM content_field_index {x} WHERE {x}.content_item_version_id = {v}.content_item_version_id AND {x}.field_name = {Parameter(filter.Field.Name)}";
        return filter.Operator == FilterOperator.NotEqual
            ? $"NOT EXISTS ({rows} AND {column} = {Single(filter)})"
            : $"EXISTS ({rows} AND {column} IS NOT NULL AND {Predicate(filter, column)})";
    }

    private string Relation(RelationFilter relation, string v, ContentStatusFilter status)
    {
        var (x, v2, i2) = (Alias("x"), Alias("v"), Alias("i"));
        var targetStatus = status == ContentStatusFilter.Published ? ContentStatusFilter.Published : ContentStatusFilter.Latest;
        var key = relation.Key == RelationKey.ById ? $"{v2}.content_item_id" : $"{v2}.slug";
        var targets = $"SELECT {key} FROM content_versions {v2} JOIN content_items {i2} ON {i2}.content_item_id = {v2}.content_item_id WHERE {Scope(v2, i2, targetStatus, relation.TargetTypes)}";
        if (relation.Where is not null)
        {
            targets += " AND " + Compile(relation.Where, v2, i2, targetStatus);
        }

        return $"EXISTS (SELECT 1 FROM content_field_index {x} WHERE {x}.content_item_version_id = {v}.content_item_version_id AND {x}.field_name = {Parameter(relation.Field)} AND {x}.text_value IN ({targets}))";
    }

    private string Predicate(FieldFilter filter, string column) => filter.Operator switch
    {
        FilterOperator.Equal => $"{column} = {Single(filter)}",
        FilterOperator.In => filter.Values.Count == 0 ? "1 = 0" : $"{column} IN ({List(filter.Values)})",
        FilterOperator.Contains => $"lower({column}) LIKE {Parameter("%" + EscapeLike(Text(filter)) + "%")} ESCAPE '\\'",
        FilterOperator.StartsWith => $"lower({column}) LIKE {Parameter(EscapeLike(Text(filter)) + "%")} ESCAPE '\\'",
        FilterOperator.LessThan => $"{column} < {Single(filter)}",
        FilterOperator.LessThanOrEqual => $"{column} <= {Single(filter)}",
        FilterOperator.GreaterThan => $"{column} > {Single(filter)}",
        FilterOperator.GreaterThanOrEqual => $"{column} >= {Single(filter)}",
        _ => throw new ArgumentException($"Operator {filter.Operator} needs its own SQL.", nameof(filter)),
    };

    private string Single(FieldFilter filter) =>
        filter.Values.Count == 1 ? Parameter(DbValue(filter.Values[0])) : throw new ArgumentException($"{filter.Operator} on '{filter.Field.Name}' takes one value.", nameof(filter));

    private static string Text(FieldFilter filter) =>
        filter.Values is [string text] ? text.ToLowerInvariant() : throw new ArgumentException($"{filter.Operator} on '{filter.Field.Name}' takes one text value.", nameof(filter));

    private string List(IEnumerable<object> values) => string.Join(", ", values.Select(value => Parameter(DbValue(value))));

    private static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
