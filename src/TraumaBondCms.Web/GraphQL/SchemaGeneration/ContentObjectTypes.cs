using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// One object type per content type: the <c>ContentItem</c> fields, each content field typed by its kind (Markdown as
/// <c>MarkdownText</c>, pickers and tags resolving to items through the batching loaders), reverse relations, and the
/// type's connection and edge types.
/// </summary>
internal static class ContentObjectTypes
{
    public static void Add(ContentSchemaContext schema, ContentTypeShape shape)
    {
        var b = schema.Builder;
        foreach (var (field, enumName) in shape.ChoiceEnums)
        {
            var definition = shape.Definition.GetField(field)!;
            b.AddEnumType(enumName, e =>
            {
                e.Description($"The options of {shape.ObjectName}.{field}.");
                foreach (var option in definition.Options!)
                {
                    e.Value(option);
                }
            });
            SharedSchemaTypes.AddFilter(b, enumName + "Filter", enumName, $"Compares {shape.ObjectName}.{field}.", "eq", "ne", "in");
        }

        b.AddObjectType(shape.ObjectName, t =>
        {
            t.Description(shape.Definition.Description).Implements(ContentSchemaContext.ContentItemType, ContentSchemaContext.NodeType);
            AddInterfaceFields(t, schema);
            foreach (var (field, name) in shape.Fields)
            {
                t.Field(name, ContentFieldTypes.Output(shape, field, schema.Model), f =>
                {
                    f.Description(Describe(field)).Resolve(FieldResolver(field, schema.Model));
                    if (field.ItemLimit is { } limit)
                    {
                        f.ListSize(ListSize.AtMost(limit));
                    }
                });
            }

            t.Field("translations", $"[{shape.ObjectName}!]!", f => f
                .Description($"The item's translations (the other members of its localization set), in culture order: published ones, or latest ones in a draft preview. At most {Core.Localization.LocalizationSettings.MaxCultures}.")
                .ListSize(ListSize.AtMost(Core.Localization.LocalizationSettings.MaxCultures))
                .Resolve(ContentErrors.Guard(TranslationsAsync)));
            foreach (var relation in shape.ReverseRelations)
            {
                t.Field(relation.Name, $"{relation.Source.ConnectionName}!", f =>
                {
                    f.Description($"The {relation.Source.ObjectName} items whose `{relation.Field.Name}` points at this item, a page at a time ({schema.Options.DefaultPageSize} unless `first` or `last` says otherwise, at most {schema.Options.MaxPageSize}).");
                    ContentQueryFields.PagingArguments(f);
                    f.Argument("orderBy", $"[{relation.Source.OrderByName}!]", a => a.Description("The order; by display text when not given."))
                        .ListSize(schema.PageSize)
                        .Resolve(ContentErrors.Guard(ReverseResolver(relation, schema.Options)));
                });
            }
        });
        b.AddObjectType(shape.ConnectionName, t => t
            .Description($"A page of {shape.ObjectName} items (Relay connection).")
            .Field("edges", $"[{shape.EdgeName}!]!")
            .Field("nodes", $"[{shape.ObjectName}!]!")
            .Field("pageInfo", "PageInfo!")
            .Field("totalCount", "Int!", f => f.Description("How many items match, on all pages.").Resolve(SharedSchemaTypes.TotalCount))
            .Field("cultures", "[String!]!", SharedSchemaTypes.CulturesField));
        b.AddObjectType(shape.EdgeName, t => t.Field("cursor", "String!").Field("node", $"{shape.ObjectName}!"));
    }

    private static void AddInterfaceFields(ObjectTypeBuilder t, ContentSchemaContext schema)
    {
        foreach (var (name, type, description) in SharedSchemaTypes.InterfaceFields)
        {
            t.Field(name, type, f => f.Description(description).Resolve(InterfaceResolver(name, schema)));
        }
    }

    private static FieldResolver InterfaceResolver(string name, ContentSchemaContext schema) => name switch
    {
        ContentItemFields.Id => c => new(Item(c).ContentItemId),
        ContentItemFields.ContentType => c => new(Item(c).ContentType),
        ContentItemFields.DisplayText => c => new(Item(c).DisplayText),
        ContentItemFields.Slug => c => new(Item(c).Slug),
        ContentItemFields.CreatedUtc => c => new(Item(c).CreatedUtc),
        ContentItemFields.ModifiedUtc => c => new(Item(c).ModifiedUtc),
        ContentItemFields.PublishedUtc => c => new(Item(c).PublishedUtc),
        ContentItemFields.Version => c => new(Item(c).Version),
        ContentItemFields.WorkflowStatus => c => new(schema.WorkflowStatuses.Resolve(Item(c).Status)),
        ContentItemFields.Culture => c => new(Item(c).Culture),
        ContentItemFields.LocalizationSet => c => new(Item(c).LocalizationSet),
        ContentItemFields.TranslationOf => c => new(Item(c).TranslationOf),
        _ => c => ReviewAsync(c, schema),
    };

    private static async ValueTask<object?> ReviewAsync(IResolveFieldContext c, ContentSchemaContext schema)
    {
        var item = Item(c);
        if (!item.Published || !schema.ReviewedTypes.Contains(item.ContentType, StringComparer.Ordinal)
            || await c.ReviewAsync(item.ContentItemId, schema.ReviewedTypes) is not { } state || state.ContentHash != item.ContentHash)
        {
            return null;
        }

        var months = schema.Catalog.Find(item.ContentType)?.ReviewIntervalMonths;
        return new ClinicalReviewValue(ContentReview.From(state), months is > 0 ? state.LastReviewedUtc?.AddMonths(months.Value) : null, item.ContentItemId, state.ApprovalId);
    }

    private static FieldResolver FieldResolver(ContentFieldDefinition field, ContentSchemaModel model) => field.Kind switch
    {
        ContentFieldKind.Tags => c => TagsAsync(c, field, model),
        ContentFieldKind.ContentPicker => c => PickedAsync(c, field, model),
        ContentFieldKind.Media => c => Media.MediaFieldResolver.ResolveAsync(c, field, Node(c).Item, model.Find(Node(c).Item.ContentType)!.Definition),
        ContentFieldKind.List => c => new(Node(c).Item.Fields.TryGetValue(field.Name, out var value) && Convert(value, field, field.EffectiveItemKind) is object?[] items
            ? items.Take(field.ItemLimit!.Value).ToArray()
            : Array.Empty<object>()),
        _ => c => new(Node(c).Item.Fields.TryGetValue(field.Name, out var value) ? Convert(value, field, field.Kind) : null),
    };

    private static string Describe(ContentFieldDefinition field)
    {
        var text = field.Hint ?? field.DisplayName ?? field.Name;
        return field.ItemLimit is { } limit and > 1 ? $"{text} (at most {limit})" : text;
    }

    private static async ValueTask<object?> TagsAsync(IResolveFieldContext c, ContentFieldDefinition field, ContentSchemaModel model)
    {
        var node = Node(c);
        var slugs = node.Item.Fields.GetStrings(field.Name).Take(field.ItemLimit!.Value).ToArray();
        if (model.Taxonomy(field) is null)
        {
            return slugs;
        }

        var cultures = c.CulturesOf(node);
        var items = await Task.WhenAll(slugs.Select(s => c.TaggedAsync(field.EffectiveTaxonomy, s, node.Preview, cultures)));
        return items.OfType<ContentItem>().Select(i => new ContentNode(i, node.Preview, node.Cultures)).ToArray();
    }

    private static async ValueTask<object?> PickedAsync(IResolveFieldContext c, ContentFieldDefinition field, ContentSchemaModel model)
    {
        var node = Node(c);
        var cultures = c.CulturesOf(node);
        // A picked item is served in the reader's best culture: a Spanish article's related hotline is its Spanish page.
        var picked = (await Task.WhenAll(node.Item.Fields.GetStrings(field.Name).Take(field.ItemLimit!.Value).Select(id => c.ItemAsync(id, node.Preview))))
            .OfType<ContentItem>()
            .Where(i => model.Find(i.ContentType) is not null && (field.AllowedTypes is not { Count: > 0 } allowed || allowed.Contains(i.ContentType)));
        var items = (await Task.WhenAll(picked.Select(i => c.InCultureAsync(i, cultures, node.Preview))))
            .Select(i => new ContentNode(i, node.Preview, node.Cultures))
            .ToArray();
        return field.Multiple ? items : items.FirstOrDefault();
    }

    // Items that point at this item or at the item its set started from (a Spanish FAQ translated from an English one keeps
    // pointing at the English article), each set once, in the reader's best culture. The set's id is its first item's id,
    // so this costs no lookup of the set.
    private static FieldResolver ReverseResolver(ReverseRelation relation, ContentGraphQLOptions options) => async c =>
    {
        var node = Node(c);
        var paging = RelationPage.Arguments(c, options);
        var cultures = c.CulturesOf(node);
        var keys = relation.Field.Kind == ContentFieldKind.Tags
            ? node.Item.Slug is { } slug ? [slug] : []
            : new[] { node.Item.ContentItemId, node.Item.LocalizationSet }.Distinct(StringComparer.Ordinal).ToList();
        var found = (await Task.WhenAll(keys.Select(key => c.ReferencingAsync(relation.Source.ContentType, relation.Field.Name, key, node.Preview)))).SelectMany(i => i);
        var items = found.DistinctBy(i => i.ContentItemId, StringComparer.Ordinal)
            .Where(i => cultures.Contains(i.Culture, StringComparer.Ordinal))
            .GroupBy(i => i.LocalizationSet, StringComparer.Ordinal)
            .Select(g => g.OrderBy(i => ContentLoaders.Rank(cultures, i.Culture)).First())
            .ToList();
        var orderBy = c.Arguments.GetValueOrDefault("orderBy");
        return RelationPage.Connection(InMemoryOrder.Sort(items, orderBy).ToList(), InMemoryOrder.Signature(orderBy), paging, node.Preview, cultures);
    };

    private static async ValueTask<object?> TranslationsAsync(IResolveFieldContext c)
    {
        var node = Node(c);
        var members = await c.SetMembersAsync(node.Item.LocalizationSet, node.Preview);
        return members.Where(m => m.ContentItemId != node.Item.ContentItemId).Select(m => new ContentNode(m, node.Preview, node.Cultures)).ToArray();
    }

    private static object? Convert(JsonElement value, ContentFieldDefinition field, ContentFieldKind kind)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Select(item => Convert(item, field, kind)).Where(v => v is not null).ToArray();
        }

        return (kind, value.ValueKind) switch
        {
            (ContentFieldKind.Markdown, JsonValueKind.String) => new MarkdownValue(value.GetString()!),
            (ContentFieldKind.Link, JsonValueKind.Object) when value.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String =>
                new LinkValue(url.GetString()!, value.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null),
            (ContentFieldKind.Number, JsonValueKind.Number) when field.Kind == ContentFieldKind.Number && ContentFieldTypes.IsInt(field) =>
                value.TryGetInt32(out var whole) ? whole : (int)Math.Round(value.GetDouble(), MidpointRounding.AwayFromZero),
            (ContentFieldKind.Number, JsonValueKind.Number) => value.GetDouble(),
            (ContentFieldKind.Boolean, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
            (ContentFieldKind.Hours, JsonValueKind.Object) => OpeningHours.TryParse(value, out _),
            (_, JsonValueKind.String) => value.GetString(),
            (_, JsonValueKind.Number) => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static ContentNode Node(IResolveFieldContext context) => (ContentNode)context.Source!;

    private static ContentItem Item(IResolveFieldContext context) => ((ContentNode)context.Source!).Item;
}
