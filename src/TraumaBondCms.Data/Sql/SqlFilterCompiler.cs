using System.Globalization;
using System.Text;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// Turns the conditions of a keyset list query into portable SQL over <c>content_versions</c> (alias <c>v</c>), collecting
/// the parameters. Every predicate it writes is true or false, never NULL, so <c>NOT</c> is an exact complement. Flags are
/// written as the partial indexes state them (<see cref="SqlDialect.Is"/>), so the engine can use those indexes. One
/// instance per query; not thread-safe.
/// </summary>
internal sealed class SqlFilterCompiler(SqlDialect dialect)
{
    private int _next;

    // Above zero while compiling a relation's targets: a set the engine reads through any index it likes.
    private int _targets;

    public List<(string Name, object? Value)> Parameters { get; } = [];

    /// <summary>The engine's dialect.</summary>
    public SqlDialect Dialect => dialect;

    /// <summary>
    /// The built-in field a list walks the index of (its single order key), whose comparisons stay index conditions so the
    /// walk can seek to them; comparisons on other columns are checked row by row (a selective one drives the list
    /// instead, see <see cref="Rows"/>). Null when the order is not a single built-in key.
    /// </summary>
    public ContentField? SeekKey { get; set; }

    /// <summary>A new parameter holding <paramref name="value"/>; returns its name.</summary>
    public string Parameter(object? value)
    {
        var name = "@q" + (_next++).ToString(CultureInfo.InvariantCulture);
        Parameters.Add((name, value));
        return name;
    }

    /// <summary>A new alias with <paramref name="prefix"/>, unique in the query.</summary>
    public string Alias(string prefix) => prefix + (_next++).ToString(CultureInfo.InvariantCulture);

    /// <summary>The versions of live items a status reads, over the version alias <paramref name="v"/>.</summary>
    public string Status(string v, ContentStatusFilter status) => status switch
    {
        ContentStatusFilter.Published => $"{dialect.Is($"{v}.published", true)} AND {dialect.Is($"{v}.deleted", false)}",
        ContentStatusFilter.Latest => $"{dialect.Is($"{v}.latest", true)} AND {dialect.Is($"{v}.deleted", false)}",
        _ => $"{dialect.Is($"{v}.latest", true)} AND {dialect.Is($"{v}.published", false)} AND {dialect.Is($"{v}.deleted", false)}",
    };

    /// <summary>Only rows whose <paramref name="column"/> is one of <paramref name="types"/> (one type: an equality an index can seek on).</summary>
    public string Types(string column, IReadOnlyCollection<string> types) =>
        types.Count == 1 ? $"{column} = {Parameter(types.First())}" : $"{column} IN ({List(types)})";

    /// <summary>The SQL of <paramref name="filter"/> over the version alias <paramref name="v"/>.</summary>
    public string Compile(ContentFilter filter, string v, ContentStatusFilter status) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", and.Filters.Select(f => Compile(f, v, status))) + ")",
        OrFilter or => or.Filters.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", or.Filters.Select(f => Compile(f, v, status))) + ")",
        NotFilter not => $"NOT ({Compile(not.Filter, v, status)})",
        FieldFilter field => field.Field.IsBuiltIn ? Column(field, BuiltInColumn(field.Field, v)) : Indexed(field, v),
        RelationFilter relation => Relation(relation, v, status),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    /// <summary>The column of a built-in field.</summary>
    public static string BuiltInColumn(ContentField field, string v) => field.Name switch
    {
        "id" => $"{v}.content_item_id",
        "displayText" => $"{v}.display_text",
        "slug" => $"{v}.slug",
        "createdUtc" => $"{v}.created_utc",
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

    private string Column(FieldFilter filter, string column)
    {
        // "IS NOT NULL AND" keeps a comparison with an absent value false instead of unknown.
        string Condition(string c) => filter.Operator == FilterOperator.NotEqual ? $"{c} IS NULL OR {c} <> {Single(filter)}" : $"{c} IS NOT NULL AND {Predicate(filter, c)}";
        return _targets > 0 || (SeekKey is { } key && key.Name == filter.Field.Name && filter.Operator != FilterOperator.NotEqual)
            ? $"({Condition(column)})"
            : dialect.RowByRowCondition(column, Condition);
    }

    private string Indexed(FieldFilter filter, string v)
    {
        var x = Alias("x");
        var column = $"{x}.{IndexColumn(filter.Field.Kind)}";
        var rows = $"SELECT 1 FROM content_field_index {x} WHERE {x}.content_item_version_id = {v}.content_item_version_id AND {x}.field_name = {Parameter(filter.Field.Name)}";
        return filter.Operator == FilterOperator.NotEqual
            ? $"NOT EXISTS ({rows} AND {column} = {Single(filter)}{dialect.RowByRow})"
            : $"EXISTS ({rows} AND {column} IS NOT NULL AND {Predicate(filter, column)}{dialect.RowByRow})";
    }

    /// <summary>
    /// The versions <paramref name="filter"/> matches as a set of version ids (column <c>mid</c>) read from an index, when it
    /// can be answered that way: equality or membership on the item id or slug (from the versions' own indexes), or on an
    /// indexed field or a relation of the given types (from the field index). Null for any other filter.
    /// <paramref name="bounded"/> is true when the set is small by construction (ids, and slugs within a type, are unique).
    /// </summary>
    public string? Rows(ContentFilter filter, ContentStatusFilter status, IReadOnlyCollection<string>? types, out bool bounded)
    {
        bounded = false;
        var x = Alias("x");
        switch (filter)
        {
            case FieldFilter { Field.IsBuiltIn: true, Operator: FilterOperator.Equal or FilterOperator.In } field when field.Field.Name is "id" or "slug":
                bounded = true;
                var typed = types is null ? string.Empty : " AND " + Types($"{x}.content_type", types);
                return $"SELECT {x}.content_item_version_id AS mid FROM content_versions {x} WHERE {Status(x, status)}{typed} AND {Predicate(field, BuiltInColumn(field.Field, x))}";
            case FieldFilter { Field.IsBuiltIn: true } field when types is not null && Seekable(field.Operator):
                return Range([field], status, types);
            case FieldFilter { Field.IsBuiltIn: false } field when types is not null && Seekable(field.Operator):
                return $"SELECT DISTINCT {x}.content_item_version_id AS mid FROM content_field_index {x} WHERE {Types($"{x}.content_type", types)} AND {x}.field_name = {Parameter(field.Field.Name)} AND {Predicate(field, $"{x}.{IndexColumn(field.Field.Kind)}")}";
            case RelationFilter relation when types is not null:
                // From the targets to the rows naming them: the engine sees how few targets there are.
                return $"SELECT DISTINCT {x}.content_item_version_id AS mid FROM ({Targets(relation, status)}) t CROSS JOIN content_field_index {x} WHERE {Types($"{x}.content_type", types)} AND {x}.field_name = {Parameter(relation.Field)} AND {x}.text_value = t.target";
            default:
                return null;
        }
    }

    /// <summary>
    /// The versions of <paramref name="types"/> whose built-in column meets every one of <paramref name="comparisons"/> (all
    /// on that one column, e.g. both ends of a range), as version ids (column <c>mid</c>) read from the column's index.
    /// </summary>
    public string Range(IReadOnlyList<FieldFilter> comparisons, ContentStatusFilter status, IReadOnlyCollection<string> types)
    {
        var x = Alias("x");
        var column = BuiltInColumn(comparisons[0].Field, x);
        return $"SELECT {x}.content_item_version_id AS mid FROM content_versions {x} WHERE {Status(x, status)} AND {Types($"{x}.content_type", types)} AND {column} IS NOT NULL AND {string.Join(" AND ", comparisons.Select(c => Predicate(c, column)))}";
    }

    /// <summary>True for an operator an index range answers.</summary>
    public static bool Seekable(FilterOperator op) => op is FilterOperator.Equal or FilterOperator.In or FilterOperator.LessThan or FilterOperator.LessThanOrEqual
        or FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual;

    private string Relation(RelationFilter relation, string v, ContentStatusFilter status)
    {
        var x = Alias("x");
        return $"EXISTS (SELECT 1 FROM content_field_index {x} WHERE {x}.content_item_version_id = {v}.content_item_version_id AND {x}.field_name = {Parameter(relation.Field)} AND {x}.text_value IN ({Targets(relation, status)}){dialect.RowByRow})";
    }

    // The keys (ids or slugs) of the relation's live targets, read in the query's status (published for published lists).
    private string Targets(RelationFilter relation, ContentStatusFilter status)
    {
        var v2 = Alias("v");
        var targetStatus = status == ContentStatusFilter.Published ? ContentStatusFilter.Published : ContentStatusFilter.Latest;
        var key = relation.Key == RelationKey.ById ? $"{v2}.content_item_id" : $"{v2}.slug";
        var targets = $"SELECT {key} AS target FROM content_versions {v2} WHERE {Status(v2, targetStatus)}";
        if (relation.TargetTypes.Count > 0)
        {
            targets += " AND " + Types($"{v2}.content_type", relation.TargetTypes.Distinct(StringComparer.Ordinal).ToList());
        }

        if (relation.Where is not null)
        {
            _targets++;
            targets += " AND " + Compile(relation.Where, v2, targetStatus);
            _targets--;
        }

        return targets;
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
