using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The list arguments of one content type: <c>...Where</c> (built-in fields and every indexed field, with operators by
/// kind, <c>AND</c>/<c>OR</c>/<c>NOT</c>, and relation filters on references), <c>...OrderField</c> and <c>...OrderBy</c>,
/// and the <c>...RelationFilter</c> and <c>...TagFilter</c> inputs other types use to filter references to this one.
/// </summary>
internal static class ContentFilterTypes
{
    public static void Add(ContentSchemaContext schema, ContentTypeShape shape)
    {
        var b = schema.Builder;
        var model = schema.WhereModels[shape.ContentType];
        var hasSlug = shape.Definition.SlugField is not null;
        b.AddInputObjectType(shape.WhereName, t =>
        {
            t.Description($"Filters {shape.ObjectName} items on their built-in and indexed fields. All given conditions must hold.")
                .Field("AND", $"[{shape.WhereName}!]", f => f.Description("Every filter holds."))
                .Field("OR", $"[{shape.WhereName}!]", f => f.Description("At least one filter holds (none given: nothing matches)."))
                .Field("NOT", shape.WhereName, f => f.Description("The filter does not hold."));
            SharedSchemaTypes.AddBuiltInWhereFields(t, model, hasSlug);
            foreach (var (field, name) in shape.Fields.Where(f => f.Field.Indexed))
            {
                if (ContentFieldTypes.Filter(shape, field, schema.Model) is not { } filter)
                {
                    continue;
                }

                t.Field(name, filter, f => f.Description(field.IsArray ? "Matches when any element matches (`ne`: when no element equals)." : null));
                model.Fields[name] = Binding(schema, field);
            }
        });
        b.AddEnumType(shape.OrderFieldName, e =>
        {
            e.Description($"What {shape.ObjectName} lists can be ordered by: built-in fields and indexed single-valued fields.");
            SharedSchemaTypes.AddBuiltInOrderValues(e, hasSlug);
            foreach (var (field, name) in shape.Fields.Where(f => ContentFieldTypes.IsOrderable(f.Field)))
            {
                e.Value(GraphQLNames.ScreamingSnake(name), ContentField.Indexed(field.Name, ContentFieldTypes.IndexKind(field)));
            }
        });
        b.AddInputObjectType(shape.OrderByName, t => t
            .Description("One order key; lists end with the item id as a tie-break, so the order is stable.")
            .Field("field", $"{shape.OrderFieldName}!")
            .Field("direction", "SortDirection!", f => f.DefaultValueLiteral("ASC")));
        b.AddInputObjectType(shape.RelationFilterName, t => t
            .Description($"Filters a reference to {shape.ObjectName} items: by the ids it holds, or by the items themselves (`some`).")
            .Field("eq", "ID").Field("ne", "ID").Field("in", "[ID!]").Field("some", shape.WhereName));
        b.AddInputObjectType(shape.TagFilterName, t => t
            .Description($"Filters tags naming {shape.ObjectName} items: by slug, or by the tagged items themselves (`some`).")
            .Field("eq", "String").Field("ne", "String").Field("in", "[String!]").Field("some", shape.WhereName));
    }

    private static WhereBinding Binding(ContentSchemaContext schema, ContentFieldDefinition field) => field.Kind switch
    {
        ContentFieldKind.ContentPicker => new RelationWhereBinding(
            field.Name,
            RelationKey.ById,
            field.AllowedTypes ?? [],
            () => schema.Model.PickerTarget(field) is { } target ? schema.WhereModels[target.ContentType] : schema.ContentItemWhere),
        ContentFieldKind.Tags when schema.Model.Taxonomy(field) is { } taxonomy => new RelationWhereBinding(
            field.Name,
            RelationKey.BySlug,
            [taxonomy.ContentType],
            () => schema.WhereModels[taxonomy.ContentType]),
        _ => new ScalarWhereBinding(ContentField.Indexed(field.Name, ContentFieldTypes.IndexKind(field))),
    };
}
