using TraumaBondCms.Core.Content;
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
        var item = id is not null
            ? await c.ItemAsync(id, latest: preview)
            : (await request.ReadAsync(
                s => s.Content.QueryAsync(
                    new ContentQuery
                    {
                        ContentTypes = [shape!.ContentType],
                        Status = preview ? ContentStatusFilter.Latest : ContentStatusFilter.Published,
                        Where = new FieldFilter(ContentField.Slug, FilterOperator.Equal, [slug!]),
                        OrderBy = [new ContentOrder(ContentField.Id)],
                        First = 1,
                        CountTotal = false,
                    },
                    c.CancellationToken),
                c.CancellationToken)).Items.FirstOrDefault();
        if (preview)
        {
            // Checked against the item found, so a one-item token reads its item by id or by slug; what was read is not
            // returned unless the check passes, and a missing item is checked like another item (its absence is not told).
            await request.RequirePreviewAsync(id ?? item?.ContentItemId, c.CancellationToken);
        }

        if (item is null || (shape is not null && item.ContentType != shape.ContentType) || schema.Model.Find(item.ContentType) is null
            || (status == ContentStatusFilter.Draft && item.Published))
        {
            return null;
        }

        return new ContentNode(item, preview && await request.CanPreviewAllAsync(c.CancellationToken));
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
