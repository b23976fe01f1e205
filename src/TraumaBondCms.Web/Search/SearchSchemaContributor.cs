using TraumaBondCms.Data.Search;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Adds <c>search(query:, types:, topics:, first:, after:, region:): SearchResult!</c> to the content GraphQL schema: the
/// public scope through <see cref="SearchService"/> (the same answer as <c>GET /api/search</c>, hits described from the
/// request's own snapshot), hits with the item as the <c>ContentItem</c> interface (loaded in one batch), score, snippets,
/// facets, the crisis flag, the region whose crisis resources were pinned, and a spelling suggestion. A bad argument is a
/// <c>VALIDATION_FAILED</c> error naming it; the search text is never echoed in an error.
/// </summary>
public sealed class SearchSchemaContributor(SearchService search) : IContentSchemaContributor
{
    /// <inheritdoc />
    public void Contribute(ContentSchemaContext schema)
    {
        var b = schema.Builder;
        b.AddObjectType("SearchSnippet", t => t
            .Description("A highlighted passage of one field: HTML-escaped text with the matches in `<mark>`.")
            .Field("field", "String!", f => f.Resolve(ctx => ((SearchSnippet)ctx.Source!).Field))
            .Field("html", "String!", f => f.Resolve(ctx => ((SearchSnippet)ctx.Source!).Html)));
        b.AddObjectType("SearchFacet", t => t
            .Field("value", "String!", f => f.Resolve(ctx => ((SearchFacet)ctx.Source!).Value))
            .Field("count", "Int!", f => f.Resolve(ctx => ((SearchFacet)ctx.Source!).Count)));
        b.AddObjectType("SearchFacets", t => t
            .Description("Counts by content type (ignoring the type filter) and by topic slug (ignoring the topic filter).")
            .Field("contentTypes", "[SearchFacet!]!", f => f.Resolve(ctx => ((SearchFacetsResponse)ctx.Source!).ContentTypes))
            .Field("topics", "[SearchFacet!]!", f => f.Resolve(ctx => ((SearchFacetsResponse)ctx.Source!).Topics)));
        b.AddObjectType("SearchHit", t => t
            .Field("item", ContentSchemaContext.ContentItemType, f => f
                .Description("The published item; null if it went offline since the index was read.")
                .Resolve(ctx => ContentResolution.LoadPublishedAsync(ctx, ((SearchHitResponse)ctx.Source!).ContentItemId)))
            .Field("contentType", "String!", f => f.Resolve(ctx => ((SearchHitResponse)ctx.Source!).ContentType))
            .Field("displayText", "String!", f => f.Resolve(ctx => ((SearchHitResponse)ctx.Source!).DisplayText))
            .Field("culture", "String!", f => f.Description("The culture of the item found (BCP 47).").Resolve(ctx => ((SearchHitResponse)ctx.Source!).Culture))
            .Field("slug", "String", f => f.Resolve(ctx => ((SearchHitResponse)ctx.Source!).Slug))
            .Field("score", "Float", f => f.Description("Relevance (higher is better); null for pinned crisis resources.").Resolve(ctx => ((SearchHitResponse)ctx.Source!).Score))
            .Field("snippets", "[SearchSnippet!]!", f => f.Resolve(ctx => ((SearchHitResponse)ctx.Source!).Snippets))
            .Field("pinned", "Boolean!", f => f.Description("A crisis resource shown first because the query matched a risk rule or found nothing.").Resolve(ctx => ((SearchHitResponse)ctx.Source!).Pinned == "crisis"))
            .Field("suggested", "Boolean!", f => f.Description("A topic offered because the query found nothing.").Resolve(ctx => ((SearchHitResponse)ctx.Source!).Pinned == "topic"))
            .Field("partial", "Boolean!", f => f.Description("Matches only some of the meaningful words.").Resolve(ctx => ((SearchHitResponse)ctx.Source!).Partial == true)));
        b.AddObjectType("SearchResult", t => t
            .Field("crisis", "Boolean!", f => f.Description("The query matched a risk rule: the region's crisis resources come first.").Resolve(ctx => ((SearchResponse)ctx.Source!).Crisis))
            .Field("region", "String", f => f.Description("The region whose crisis resources were pinned (ISO 3166); null when none were, or only global ones apply.").Resolve(ctx => ((SearchResponse)ctx.Source!).Region))
            .Field("suggestion", "String", f => f.Description("Nothing matched the query as typed; the hits are for this spelling.").Resolve(ctx => ((SearchResponse)ctx.Source!).Suggestion))
            .Field("fallback", "Boolean!", f => f.Description("Nothing matched: the hits are crisis resources and topics to start from.").Resolve(ctx => ((SearchResponse)ctx.Source!).Fallback))
            .Field("total", "Int", f => f.Description("Items matching (first page only); a lower bound when `countsAreExact` is false.").Resolve(ctx => ((SearchResponse)ctx.Source!).Total))
            .Field("countsAreExact", "Boolean", f => f.Resolve(ctx => ((SearchResponse)ctx.Source!).CountsAreExact))
            .Field("hits", "[SearchHit!]!", f => f.Resolve(ctx => ((SearchResponse)ctx.Source!).Hits))
            .Field("facets", "SearchFacets", f => f.Description("Facet counts (first page only).").Resolve(ctx => ((SearchResponse)ctx.Source!).Facets))
            .Field("nextCursor", "String", f => f.Description("Pass as `after` for the next page; null on the last.").Resolve(ctx => ((SearchResponse)ctx.Source!).NextCursor)));
        schema.Query.Field("search", "SearchResult!", f => f
            .Description("Full-text search of published content: words, \"quoted phrases\", prefix*, -exclude, OR; never a syntax error.")
            .Argument("query", "String!")
            .Argument("types", "[String!]", a => a.Description("Only these content types."))
            .Argument("topics", "[String!]", a => a.Description("Only items with one of these topic slugs."))
            .Argument("first", "Int", a => a.DefaultValue(10))
            .Argument("after", "String")
            .Argument("region", "String", a => a.Description("The reader's region (ISO 3166, e.g. `US-CA`, `GB`) for crisis resources; the site's default when absent."))
            .Argument("culture", "String", a => a.Description("The reader's culture (BCP 47, e.g. `es-US`): the query is read in its languages, items come in its best culture, and crisis lines that answer in its language come first; the default culture when absent."))
            .ListSize(new ListSize { AssumedSize = 10, SlicingArguments = ["first"], MaxSlice = SearchInput.MaxFirst, SizedFields = ["hits"] })
            .Resolve(ContentErrors.Guard(async ctx => await SearchAsync(ctx))));
    }

    private async Task<object?> SearchAsync(IResolveFieldContext ctx)
    {
        var first = ctx.Arguments.TryGetValue("first", out var f) && f is int n ? n : 10;
        if (first is < 1 or > SearchInput.MaxFirst)
        {
            throw ContentErrors.Validation("first", $"first is between 1 and {SearchInput.MaxFirst}.");
        }

        try
        {
            var input = new SearchInput
            {
                Query = (string)ctx.Arguments["query"]!,
                ContentTypes = Strings(ctx, "types"),
                Topics = Strings(ctx, "topics"),
                First = first,
                After = ctx.Arguments.TryGetValue("after", out var after) && after is string cursor ? SearchCursor.Decode(cursor) : null,
                Region = ctx.Arguments.TryGetValue("region", out var region) && region is string { Length: > 0 } code ? SearchEndpoints.CheckRegion(code) : null,
                Culture = ctx.Arguments.TryGetValue("culture", out var culture) && culture is string { Length: > 0 } name ? SearchEndpoints.CheckCulture(name) : null,
            };
            var request = ContentResolution.RequestContext(ctx);
            return await request.ReadAsync(session => search.SearchAsync(input, request.Actor, session, ctx.CancellationToken), ctx.CancellationToken);
        }
        catch (SearchParameterException e)
        {
            throw ContentErrors.Validation(e.Parameter, e.Message);
        }
    }

    private static string[] Strings(IResolveFieldContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.OfType<string>().ToArray() : [];
}
