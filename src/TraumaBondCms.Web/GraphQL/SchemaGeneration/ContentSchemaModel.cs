using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The shapes of every content type of a catalog (see <see cref="ContentTypeShape"/>), with names that avoid the schema's
/// own types and root fields, and the reverse relations found between them. Immutable once built.
/// </summary>
internal sealed class ContentSchemaModel
{
    /// <summary>Type names the schema defines itself; a content type of such a name is shown as <c>NameContent</c>.</summary>
    public static IReadOnlySet<string> ReservedTypeNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Query", "Mutation", "Subscription", "ContentItem", "ContentItemConnection", "ContentItemEdge", "ContentItemWhere", "ContentItemOrderBy",
        "ContentItemOrderField", "ContentItemRelationFilter", "ContentStatus", "SortDirection", "ContentTypeName", "PageInfo", "MarkdownText",
        "Link", "LinkInput", "ClinicalReview", "StringFilter", "IDFilter", "IntFilter", "FloatFilter", "BooleanFilter", "DateTimeFilter",
        "DateFilter", "DateTime", "Date", "WorkflowTransitionResult", "Approval", "ReviewComment", "Schedule", "ScheduledAction",
        "Node", "JSON", "OpeningHours", "OpeningPeriod", "OpeningHoursInput", "OpeningPeriodInput", "Weekday", "ApprovalKind", "ScheduleState", "WorkflowStatus",
        "MediaAsset", "MediaAssetInput", "MediaKind", "ImageFormat", "FocalPoint",
        "String", "Int", "Float", "Boolean", "ID",
    };

    /// <summary>Root query fields the schema or its known contributors define; a content type's fields avoid them.</summary>
    public static IReadOnlySet<string> ReservedRootFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "contentItem", "contentItems", "search", "crisisResources", "node", "nodes",
    };

    private readonly Dictionary<string, ContentTypeShape> _byType = new(StringComparer.Ordinal);

    public ContentSchemaModel(ContentDefinitionCatalog catalog)
    {
        Catalog = catalog;
        var rootFields = new HashSet<string>(ReservedRootFields, StringComparer.Ordinal);
        foreach (var type in catalog.Types)
        {
            var objectName = ReservedTypeNames.Contains(type.Name) ? type.Name + "Content" : type.Name;
            var single = GraphQLNames.Camel(objectName);
            var list = GraphQLNames.Plural(single);
            if (!rootFields.Add(single) || !rootFields.Add(list) || single == list)
            {
                single += "Item";
                list = single + "s";
                rootFields.Add(single);
                rootFields.Add(list);
            }

            _byType[type.Name] = new ContentTypeShape(type, objectName, single, list);
        }

        Shapes = catalog.Types.Select(t => _byType[t.Name]).ToList();
        foreach (var source in Shapes)
        {
            foreach (var (field, _) in source.Fields.Where(f => f.Field.Indexed))
            {
                foreach (var target in Targets(field))
                {
                    AddReverse(target, source, field);
                }
            }
        }
    }

    public ContentDefinitionCatalog Catalog { get; }

    /// <summary>Every type's shape, ordered by content type name.</summary>
    public IReadOnlyList<ContentTypeShape> Shapes { get; }

    /// <summary>The shape of a content type; null when the catalog has no such type.</summary>
    public ContentTypeShape? Find(string contentType) => _byType.GetValueOrDefault(contentType);

    /// <summary>The object type of a ContentPicker field: its one allowed type, or null for the <c>ContentItem</c> interface.</summary>
    public ContentTypeShape? PickerTarget(ContentFieldDefinition field) =>
        field.AllowedTypes is [var only] ? Find(only) : null;

    /// <summary>The taxonomy type of a Tags field; null when the catalog does not define it.</summary>
    public ContentTypeShape? Taxonomy(ContentFieldDefinition field) => Find(field.EffectiveTaxonomy);

    private IEnumerable<ContentTypeShape> Targets(ContentFieldDefinition field) => field.Kind switch
    {
        ContentFieldKind.ContentPicker => (field.AllowedTypes ?? []).Select(Find).OfType<ContentTypeShape>(),
        ContentFieldKind.Tags => Taxonomy(field) is { } taxonomy ? [taxonomy] : [],
        _ => [],
    };

    private void AddReverse(ContentTypeShape target, ContentTypeShape source, ContentFieldDefinition field)
    {
        var taken = target.Fields.Select(f => f.Name).Concat(ContentItemFields.All).Concat(target.ReverseRelations.Select(r => r.Name)).ToHashSet(StringComparer.Ordinal);
        var plural = GraphQLNames.Plural(GraphQLNames.Camel(source.ObjectName));
        var several = source.Fields.Count(f => f.Field.Indexed && Targets(f.Field).Contains(target)) > 1;
        var name = several || taken.Contains(plural) ? plural + "By" + GraphQLNames.Pascal(field.Name) : plural;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = plural + "By" + GraphQLNames.Pascal(field.Name) + n;
        }

        target.ReverseRelations.Add(new ReverseRelation(name, source, field));
    }
}
