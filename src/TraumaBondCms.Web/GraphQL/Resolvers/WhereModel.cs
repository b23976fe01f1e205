using System.Collections;
using System.Globalization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// What the input fields of one <c>...Where</c> type mean, built with the schema: each field's filter binding, so a
/// coerced <c>where</c> argument turns into a <see cref="ContentFilter"/>. Operators on one field are ANDed, as are the
/// fields of one object; <c>AND</c>, <c>OR</c> and <c>NOT</c> combine whole objects. Immutable after the schema is built.
/// </summary>
internal sealed class WhereModel
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Equal,
        ["ne"] = FilterOperator.NotEqual,
        ["in"] = FilterOperator.In,
        ["contains"] = FilterOperator.Contains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["lt"] = FilterOperator.LessThan,
        ["lte"] = FilterOperator.LessThanOrEqual,
        ["gt"] = FilterOperator.GreaterThan,
        ["gte"] = FilterOperator.GreaterThanOrEqual,
    };

    /// <summary>Input field name → what it filters on.</summary>
    public Dictionary<string, WhereBinding> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The filter a coerced <c>where</c> value asks for; null when it asks for nothing.</summary>
    public ContentFilter? Parse(object? where)
    {
        if (where is not IReadOnlyDictionary<string, object?> entries)
        {
            return null;
        }

        var parts = new List<ContentFilter>();
        foreach (var (name, value) in entries)
        {
            if (value is null)
            {
                continue;
            }

            switch (name)
            {
                case "AND":
                    parts.Add(new AndFilter(Items(value).Select(v => Parse(v) ?? new AndFilter([])).ToList()));
                    break;
                case "OR":
                    parts.Add(new OrFilter(Items(value).Select(v => Parse(v) ?? new AndFilter([])).ToList()));
                    break;
                case "NOT":
                    parts.Add(new NotFilter(Parse(value) ?? new AndFilter([])));
                    break;
                default:
                    parts.AddRange(Conditions(Fields[name], (IReadOnlyDictionary<string, object?>)value));
                    break;
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndFilter(parts),
        };
    }

    private static IEnumerable<ContentFilter> Conditions(WhereBinding binding, IReadOnlyDictionary<string, object?> operators)
    {
        foreach (var (name, value) in operators)
        {
            if (value is null)
            {
                continue;
            }

            if (binding is RelationWhereBinding relation)
            {
                yield return name == "some"
                    ? new RelationFilter(relation.Field, relation.Key, relation.TargetTypes, relation.Target().Parse(value))
                    : new FieldFilter(ContentField.Indexed(relation.Field, ContentValueKind.Text), Operators[name], Values(value, ContentValueKind.Text));
                continue;
            }

            var scalar = (ScalarWhereBinding)binding;
            yield return new FieldFilter(scalar.Field, Operators[name], Values(value, scalar.Field.Kind));
        }
    }

    private static List<object> Values(object value, ContentValueKind kind) =>
        value is string or not IEnumerable ? [Convert(value, kind)] : Items(value).Where(v => v is not null).Select(v => Convert(v!, kind)).ToList();

    private static object Convert(object value, ContentValueKind kind) => kind switch
    {
        ContentValueKind.Number => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        ContentValueKind.Boolean => (bool)value,
        ContentValueKind.Time => (DateTimeOffset)value,
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];
}
