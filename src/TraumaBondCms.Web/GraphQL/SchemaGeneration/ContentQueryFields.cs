using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Data;
using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Builders;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The query root: per content type one item by <c>id</c> or <c>slug</c> and a list as a Relay connection, plus
/// <c>contentItem(id)</c> and <c>contentItems(types)</c> over all types. <c>status</c> PUBLISHED is open to everyone;
/// DRAFT and LATEST need the ViewDrafts permission or a preview token (a one-item token reads its item by id).
/// <c>culture</c> serves each item in the best culture of the reader's fallback chain: a list holds each localization set
/// once; one item is the member of its set the chain prefers (else the item named). Without it, published lists hold
/// the default culture, drafts lists every culture, and one item is the item named.
/// </summary>
internal static class ContentQueryFields
{
    public static void Add(ContentSchemaContext schema)
    {
        var query = schema.Query;
        foreach (var shape in schema.Model.Shapes)
        {
            var types = new[] { shape.ContentType };
            query.Field(shape.SingleField, shape.ObjectName, f =>
            {
                f.Description($"One {shape.ObjectName} by `id` or `slug` (give one); null when there is none in that status.")
                    .Argument("id", "ID")
                    .Argument("slug", "String");
                Status(f);
                Culture(f);
                f.Resolve(ContentErrors.Guard(c => SingleAsync(c, schema, shape)));
            });
            query.Field(shape.ListField, $"{shape.ConnectionName}!", f =>
            {
                f.Description($"{shape.ObjectName} items, a page at a time (newest modification first unless `orderBy` says otherwise).");
                ListArguments(f, shape.WhereName, shape.OrderByName, schema);
                f.Resolve(ContentErrors.Guard(c => ListAsync(c, schema, types, schema.WhereModels[shape.ContentType])));
            });
        }

        query.Field("contentItem", ContentSchemaContext.ContentItemType, f =>
        {
            f.Description("One item of any type by id; null when there is none in that status.").Argument("id", "ID!");
            Status(f);
            Culture(f);
            f.Resolve(ContentErrors.Guard(c => SingleAsync(c, schema, null)));
        });
        query.Field("node", ContentSchemaContext.NodeType, f => f
            .Description("Any object by its global id (Relay); null when there is none published.")
            .Argument("id", "ID!")
            .Resolve(ContentErrors.Guard(c => NodeAsync(c, schema, (string)c.Arguments["id"]!))));
        query.Field("nodes", $"[{ContentSchemaContext.NodeType}]!", f => f
            .Description($"Objects by their global ids, in the order given, null where there is none published; at most {schema.Options.MaxPageSize} ids.")
            .Argument("ids", "[ID!]!")
            .ListSize(ListSize.AtMost(schema.Options.MaxPageSize))
            .Resolve(ContentErrors.Guard(async c =>
            {
                var ids = ((IEnumerable<object?>)c.Arguments["ids"]!).OfType<string>().ToArray();
                if (ids.Length > schema.Options.MaxPageSize)
                {
                    throw ContentErrors.Validation("ids", $"Give at most {schema.Options.MaxPageSize} ids.");
                }

                return await Task.WhenAll(ids.Select(id => NodeAsync(c, schema, id).AsTask()));
            })));
        query.Field("contentItems", "ContentItemConnection!", f =>
        {
            f.Description("Items of several types (all when `types` is not given), a page at a time.")
                .Argument("types", schema.Model.Shapes.Count > 0 ? "[ContentTypeName!]" : "[String!]");
            ListArguments(f, "ContentItemWhere", "ContentItemOrderBy", schema);
            f.Resolve(ContentErrors.Guard(c =>
            {
                var known = schema.Model.Shapes.Select(s => s.ContentType).ToArray();
                var asked = (c.Arguments.GetValueOrDefault("types") as IEnumerable<object?>)?.OfType<string>().ToArray();
                return ListAsync(c, schema, asked is null ? known : asked.Where(known.Contains).ToArray(), schema.ContentItemWhere);
            }));
        });
    }

    // Published items only (the id is the content item id, unique across types); the loads of one wave are batched.
    private static async ValueTask<object?> NodeAsync(IResolveFieldContext c, ContentSchemaContext schema, string id) =>
        await c.ItemAsync(id, latest: false) is { } item && schema.Model.Find(item.ContentType) is not null ? new ContentNode(item) : null;

    private static void Status(FieldBuilder f) =>
        f.Argument("status", "ContentStatus!", a => a.DefaultValueLiteral("PUBLISHED"));

    private static void Culture(FieldBuilder f) =>
        f.Argument("culture", "String", a => a.Description("The reader's culture (BCP 47, e.g. `es-MX`): items come in the first culture of its fallback chain that they have (see `cultures` on lists, `culture` on items). A culture the site has not enabled falls back to the enabled cultures of its language, then the default."));

    // The reader's fallback chain from the `culture` argument; null when none was given.
    private static IReadOnlyList<string>? Chain(IResolveFieldContext c)
    {
        if (c.Arguments.GetValueOrDefault("culture") is not string culture)
        {
            return null;
        }

        var name = Core.Localization.CultureNames.Normalize(culture) ?? throw ContentErrors.Validation("culture", $"'{culture}' is not a culture name (a BCP 47 tag such as es-US).");
        return c.Request().Localization.Chain(name);
    }

    /// <summary>The Relay paging arguments: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards.</summary>
    public static FieldBuilder PagingArguments(FieldBuilder f) =>
        f.Argument("first", "Int", a => a.Description("Page forwards: this many items after `after`."))
            .Argument("after", "String")
            .Argument("last", "Int", a => a.Description("Page backwards: this many items before `before`."))
            .Argument("before", "String");

    private static void ListArguments(FieldBuilder f, string where, string orderBy, ContentSchemaContext schema)
    {
        PagingArguments(f)
            .Argument("where", where)
            .Argument("orderBy", $"[{orderBy}!]")
            .ListSize(schema.PageSize);
        Status(f);
        Culture(f);
    }

    private static async ValueTask<object?> SingleAsync(IResolveFieldContext c, ContentSchemaContext schema, ContentTypeShape? shape)
    {
        var request = c.Request();
        var status = (ContentStatusFilter)c.Arguments["status"]!;
        var id = c.Arguments.GetValueOrDefault("id") as string;
        var slug = c.Arguments.GetValueOrDefault("slug") as string;
        if ((id is null) == (slug is null))
        {
            throw ContentErrors.Validation("id", "Give exactly one of 'id' or 'slug'.");
        }

        var preview = status != ContentStatusFilter.Published;
        var chain = Chain(c);
        var item = id is not null
            ? await c.ItemAsync(id, latest: preview)
            : await BySlugAsync(c, shape!.ContentType, slug!, preview, chain);
        if (preview)
        {
            // Checked against the item found, so a one-item token reads its item by id or by slug; what was read is not
            // returned unless the check passes, and a missing item is checked like another item (its absence is not told).
            await request.RequirePreviewAsync(id ?? item?.ContentItemId, c.CancellationToken);
        }

        if (item is not null && chain is not null)
        {
            // The member of the item's set the reader prefers; a one-item preview token covers only the item it names.
            var served = await c.InCultureAsync(item, chain, preview);
            item = !preview || served.ContentItemId == item.ContentItemId || await request.CanPreviewAllAsync(c.CancellationToken) ? served : item;
        }

        if (item is null || (shape is not null && item.ContentType != shape.ContentType) || schema.Model.Find(item.ContentType) is null
            || (status == ContentStatusFilter.Draft && item.Published))
        {
            return null;
        }

        return new ContentNode(item, preview && await request.CanPreviewAllAsync(c.CancellationToken), chain);
    }

    // By slug: in the reader's cultures (each set once, the most preferred first), else in any culture.
    private static async Task<ContentItem?> BySlugAsync(IResolveFieldContext c, string contentType, string slug, bool preview, IReadOnlyList<string>? chain)
    {
        var request = c.Request();
        foreach (var cultures in chain is null ? [null] : new[] { chain, null })
        {
            var page = await request.ReadAsync(
                s => s.Content.QueryAsync(
                    new ContentQuery
                    {
                        ContentTypes = [contentType],
                        Status = preview ? ContentStatusFilter.Latest : ContentStatusFilter.Published,
                        Where = new FieldFilter(ContentField.Slug, FilterOperator.Equal, [slug]),
                        OrderBy = [new ContentOrder(ContentField.Id)],
                        First = LocalizationSettings.MaxCultures,
                        CountTotal = false,
                        Cultures = cultures,
                    },
                    c.CancellationToken),
                c.CancellationToken);
            if (page.Items.Count > 0)
            {
                return cultures is null ? page.Items.OrderBy(i => i.Culture == request.Localization.DefaultCulture ? 0 : 1).ThenBy(i => i.Culture, StringComparer.Ordinal).First()
                    : page.Items.OrderBy(i => ContentLoaders.Rank(cultures, i.Culture)).First();
            }
        }

        return null;
    }

    private static async ValueTask<object?> ListAsync(IResolveFieldContext c, ContentSchemaContext schema, IReadOnlyList<string> types, WhereModel where)
    {
        var request = c.Request();
        var status = (ContentStatusFilter)c.Arguments["status"]!;
        if (status != ContentStatusFilter.Published)
        {
            await request.RequirePreviewAsync(null, c.CancellationToken);
        }

        var (first, last) = RelationPage.Sizes(c, schema.Options);

        if (types.Count == 0)
        {
            // Only unknown types were asked for: nothing matches.
            return new ContentConnection(new ContentPage([], 0, null) { Cursors = [] }, new ContentQuery(), false);
        }

        var query = new ContentQuery
        {
            ContentTypes = types,
            Status = status,
            // Readers get each set once in their best culture (the default culture when they name none); draft lists hold every
            // culture unless one is named.
            Cultures = Chain(c) ?? (status == ContentStatusFilter.Published ? request.Localization.Chain(null) : null),
            Where = where.Parse(c.Arguments.GetValueOrDefault("where")),
            OrderBy = OrderByInput.Parse(c.Arguments.GetValueOrDefault("orderBy")) ?? [new ContentOrder(ContentField.ModifiedUtc, Descending: true)],
            First = first,
            Last = last,
            After = c.Arguments.GetValueOrDefault("after") as string,
            Before = c.Arguments.GetValueOrDefault("before") as string,
            CountTotal = Selects(c, "totalCount"),
        };
        var page = await request.ReadAsync(s => s.Content.QueryAsync(query, c.CancellationToken), c.CancellationToken);
        return new ContentConnection(page, query, status != ContentStatusFilter.Published);
    }

    // Counting costs a query, so it runs with the page only when the selection asks for it. A fragment spread's fields
    // are not visible here, so a spread counts as asking.
    private static bool Selects(IResolveFieldContext context, string field) =>
        context.FieldNodes.Any(node => node.SelectionSet is null || Selects(node.SelectionSet, field));

    private static bool Selects(SelectionSetNode selections, string field) => selections.Selections.Any(selection => selection switch
    {
        FieldNode node => node.Name.Value == field,
        InlineFragmentNode fragment => Selects(fragment.SelectionSet, field),
        _ => true,
    });
}
