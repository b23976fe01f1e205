using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// How one content type appears in the schema: the names of its object, connection, filter, order and input types,
/// its root fields, and the GraphQL name of each content field (a field whose name is taken by a
/// <see cref="ContentItemFields"/> field is renamed, except the slug field, which the built-in <c>slug</c> already shows).
/// </summary>
internal sealed class ContentTypeShape
{
    public ContentTypeShape(ContentTypeDefinition definition, string objectName, string singleField, string listField)
    {
        Definition = definition;
        ObjectName = objectName;
        SingleField = singleField;
        ListField = listField;
        foreach (var field in definition.Fields)
        {
            if (field.Name == definition.SlugField && field.Name == ContentItemFields.Slug)
            {
                continue;
            }

            var name = ContentItemFields.All.Contains(field.Name) ? field.Name + "Field" : field.Name;
            Fields.Add((field, name));
            if (field.Kind == ContentFieldKind.Choice && field.Options is { Count: > 0 } options && options.All(GraphQLNames.IsEnumValue))
            {
                ChoiceEnums[field.Name] = ObjectName + GraphQLNames.Pascal(name);
            }
        }
    }

    public ContentTypeDefinition Definition { get; }

    public string ContentType => Definition.Name;

    public string ObjectName { get; }

    public string SingleField { get; }

    public string ListField { get; }

    public string ConnectionName => ObjectName + "Connection";

    public string EdgeName => ObjectName + "Edge";

    public string WhereName => ObjectName + "Where";

    public string OrderByName => ObjectName + "OrderBy";

    public string OrderFieldName => ObjectName + "OrderField";

    public string InputName => ObjectName + "Input";

    public string RelationFilterName => ObjectName + "RelationFilter";

    public string TagFilterName => ObjectName + "TagFilter";

    /// <summary>Content fields with their GraphQL names, in definition order.</summary>
    public List<(ContentFieldDefinition Field, string Name)> Fields { get; } = [];

    /// <summary>Choice fields shown as enums (all options are GraphQL names): field name → enum type name.</summary>
    public Dictionary<string, string> ChoiceEnums { get; } = new(StringComparer.Ordinal);

    /// <summary>Reverse relations shown on this type: other types' reference fields pointing here.</summary>
    public List<ReverseRelation> ReverseRelations { get; } = [];
}
