using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>How each field kind appears in the schema: its output type, input type, filter input and index value kind.</summary>
internal static class ContentFieldTypes
{
    /// <summary>True when a Number field holds whole numbers that fit a GraphQL Int.</summary>
    public static bool IsInt(ContentFieldDefinition field) =>
        field.Decimals == 0 && field.Min >= int.MinValue && field.Max <= int.MaxValue;

    /// <summary>
    /// The output type of a field. Lists are never null (an absent list is empty). A required single value is non-null
    /// (every version is validated, and a definition change that would leave a live item without it is refused), except
    /// a single picker: the item it names may not be readable (unpublished, deleted), so it stays nullable.
    /// </summary>
    public static string Output(ContentTypeShape shape, ContentFieldDefinition field, ContentSchemaModel model) => field.Kind switch
    {
        ContentFieldKind.Tags => model.Taxonomy(field) is { } taxonomy ? $"[{taxonomy.ObjectName}!]!" : "[String!]!",
        ContentFieldKind.ContentPicker => field.Multiple ? $"[{PickerType(field, model)}!]!" : PickerType(field, model),
        ContentFieldKind.Media => field.Multiple ? "[MediaAsset!]!" : "MediaAsset" + (field.Required ? "!" : string.Empty),
        ContentFieldKind.List => $"[{Scalar(shape, field, field.EffectiveItemKind)}!]!",
        _ => Scalar(shape, field, field.Kind) + (field.Required ? "!" : string.Empty),
    };

    /// <summary>The mutation input type of a field.</summary>
    public static string Input(ContentTypeShape shape, ContentFieldDefinition field) => field.Kind switch
    {
        ContentFieldKind.Tags => "[String!]",
        ContentFieldKind.ContentPicker => field.Multiple ? "[ID!]" : "ID",
        ContentFieldKind.Media => field.Multiple ? "[MediaAssetInput!]" : "MediaAssetInput",
        ContentFieldKind.List => $"[{InputScalar(shape, field, field.EffectiveItemKind)}!]",
        _ => InputScalar(shape, field, field.Kind),
    };

    /// <summary>The filter input of an indexed field; null when the field cannot be filtered.</summary>
    public static string? Filter(ContentTypeShape shape, ContentFieldDefinition field, ContentSchemaModel model) => field.Kind switch
    {
        ContentFieldKind.Media => null,
        ContentFieldKind.Tags => model.Taxonomy(field) is { } taxonomy ? taxonomy.TagFilterName : "StringFilter",
        ContentFieldKind.ContentPicker => model.PickerTarget(field)?.RelationFilterName ?? "ContentItemRelationFilter",
        ContentFieldKind.List => ScalarFilter(shape, field, field.EffectiveItemKind),
        _ => ScalarFilter(shape, field, field.Kind),
    };

    /// <summary>The index row column an indexed field's values are in.</summary>
    public static ContentValueKind IndexKind(ContentFieldDefinition field) => field.EffectiveItemKind switch
    {
        ContentFieldKind.Number => ContentValueKind.Number,
        ContentFieldKind.Boolean => ContentValueKind.Boolean,
        _ => ContentValueKind.Text,
    };

    /// <summary>True when a list can be ordered by the field: indexed, one value, not a reference and not long text.</summary>
    public static bool IsOrderable(ContentFieldDefinition field) =>
        field.Indexed && !field.IsArray && field.Kind is not ContentFieldKind.Markdown;

    // A picker of one type resolves to that type; a picker of several (or any) to the ContentItem interface.
    private static string PickerType(ContentFieldDefinition field, ContentSchemaModel model) =>
        model.PickerTarget(field)?.ObjectName ?? ContentSchemaContext.ContentItemType;

    private static string Scalar(ContentTypeShape shape, ContentFieldDefinition field, ContentFieldKind kind) => kind switch
    {
        ContentFieldKind.Markdown => "MarkdownText",
        ContentFieldKind.Date => "Date",
        ContentFieldKind.Boolean => "Boolean",
        ContentFieldKind.Number => field.Kind == ContentFieldKind.Number && IsInt(field) ? "Int" : "Float",
        ContentFieldKind.Link => "Link",
        ContentFieldKind.Hours => "OpeningHours",
        ContentFieldKind.Choice when shape.ChoiceEnums.TryGetValue(field.Name, out var enumName) => enumName,
        _ => "String",
    };

    private static string InputScalar(ContentTypeShape shape, ContentFieldDefinition field, ContentFieldKind kind) => kind switch
    {
        ContentFieldKind.Markdown => "String",
        ContentFieldKind.Link => "LinkInput",
        ContentFieldKind.Hours => "OpeningHoursInput",
        _ => Scalar(shape, field, kind),
    };

    private static string ScalarFilter(ContentTypeShape shape, ContentFieldDefinition field, ContentFieldKind kind) => Scalar(shape, field, kind) switch
    {
        "Date" => "DateFilter",
        "Boolean" => "BooleanFilter",
        "Int" => "IntFilter",
        "Float" => "FloatFilter",
        "String" or "Link" or "MarkdownText" or "OpeningHours" => "StringFilter",
        var enumName => enumName + "Filter",
    };
}
