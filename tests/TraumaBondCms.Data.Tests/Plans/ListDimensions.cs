using System.Reflection;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The kinds of list query there are, computed from the types that describe one (every status, built-in field, value kind,
/// filter operator, relation key and paging mode), and those a set of shapes covers. A new enum value or built-in field
/// is a new kind of list query, and so needs a shape.
/// </summary>
public static class ListDimensions
{
    private static readonly SeededContent Placeholder = new()
    {
        Versions = 0,
        ApprovedItem = "a",
        Article = "a",
        ArticleWithDraft = "a",
        ArticleSlug = "a",
        PublishedVersionId = "a",
        ArticleHash = "h",
        Articles = ["a"],
        TopicSlug = "t",
        CommonTopicSlug = "t",
        Resources = ["r"],
        Resource = "r",
        Owner = "o",
        Webhook = "w",
        Delivery = "d",
        PreviewTokenHash = "h",
        PreviewTokenId = "t",
        Comment = "c",
        Schedule = "s",
        Now = DateTimeOffset.UnixEpoch,
    };

    /// <summary>Every kind of list query.</summary>
    public static IReadOnlyList<string> Expected()
    {
        var builtIns = typeof(ContentField).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(ContentField)).Select(p => (ContentField)p.GetValue(null)!);
        return
        [
            .. Enum.GetValues<ContentStatusFilter>().Select(s => $"status {s}"),
            .. builtIns.SelectMany(f => new[] { $"order by {f.Name} ascending", $"order by {f.Name} descending" }),
            .. Enum.GetValues<ContentValueKind>().Where(k => k != ContentValueKind.Time).Select(k => $"order by an indexed {k} field"),
            "order by several keys",
            .. Enum.GetValues<FilterOperator>().Select(o => $"filter {o}"),
            .. Enum.GetValues<RelationKey>().Select(k => $"relation {k}"),
            "filter and", "filter or", "filter not",
            "after a cursor", "before a cursor", "last (backwards)",
            "no types", "one type", "several types",
            "workflow statuses", "owner", "slug", "display text contains", "oldest first", "total count",
            "one culture", "cultures with fallbacks",
        ];
    }

    /// <summary>The kinds the list shapes among <paramref name="shapes"/> cover.</summary>
    public static IReadOnlySet<string> Covered(IEnumerable<QueryShape> shapes)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in shapes.Where(s => s.List is not null))
        {
            var query = shape.List!(Placeholder);
            covered.Add($"status {query.Status}");
            foreach (var key in query.OrderBy ?? [])
            {
                covered.Add(key.Field.IsBuiltIn ? $"order by {key.Field.Name} {(key.Descending ? "descending" : "ascending")}" : $"order by an indexed {key.Field.Kind} field");
            }

            Add(covered, query.OrderBy is { Count: > 1 }, "order by several keys");
            Add(covered, shape.CursorAt is not null && !shape.Backwards, "after a cursor");
            Add(covered, shape.CursorAt is not null && shape.Backwards, "before a cursor");
            Add(covered, query.Last is not null, "last (backwards)");
            covered.Add(query.ContentTypes switch { null or [] => "no types", [_] => "one type", _ => "several types" });
            Add(covered, query.WorkflowStatuses is { Count: > 0 }, "workflow statuses");
            Add(covered, query.Owner is not null, "owner");
            Add(covered, query.Slug is not null, "slug");
            Add(covered, query.DisplayTextContains is not null, "display text contains");
            Add(covered, query.OldestFirst, "oldest first");
            Add(covered, query.CountTotal, "total count");
            Add(covered, query.Cultures is [_], "one culture");
            Add(covered, query.Cultures is { Count: > 1 }, "cultures with fallbacks");
            if (query.Where is { } where)
            {
                Filters(where, covered);
            }
        }

        return covered;
    }

    private static void Filters(ContentFilter filter, HashSet<string> covered)
    {
        switch (filter)
        {
            case AndFilter and:
                covered.Add("filter and");
                and.Filters.ToList().ForEach(f => Filters(f, covered));
                break;
            case OrFilter or:
                covered.Add("filter or");
                or.Filters.ToList().ForEach(f => Filters(f, covered));
                break;
            case NotFilter not:
                covered.Add("filter not");
                Filters(not.Filter, covered);
                break;
            case FieldFilter field:
                covered.Add($"filter {field.Operator}");
                break;
            case RelationFilter relation:
                covered.Add($"relation {relation.Key}");
                if (relation.Where is not null)
                {
                    Filters(relation.Where, covered);
                }

                break;
        }
    }

    private static void Add(HashSet<string> covered, bool condition, string dimension)
    {
        if (condition)
        {
            covered.Add(dimension);
        }
    }
}
