using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The list queries the application runs (GraphQL lists and relations, REST and admin lists, dashboard cards, the review
/// queue, search rebuilds), each as a <see cref="QueryShape"/>. Pages are 20 items, as the GraphQL default.
/// </summary>
public static class ContentListShapes
{
    private static readonly string[] EveryType = ["Article", "Faq", "Resource", "Topic"];

    /// <summary>Every list shape.</summary>
    public static IEnumerable<QueryShape> All()
    {
        foreach (var status in Enum.GetValues<ContentStatusFilter>())
        {
            yield return ListOf($"{status} articles, newest first", PlanBound.Page, _ => Articles(status));
            yield return ListOf($"{status} items of any type, newest first", PlanBound.Page, _ => new ContentQuery { Status = status, First = 20, CountTotal = false });
        }

        yield return ListOf("Published articles, newest first, with totalCount", PlanBound.Page, _ => Articles() with { CountTotal = true });
        yield return ListOf("Published articles in es-US falling back to en-US, newest first (a reader's list)", PlanBound.Page, _ => Articles() with { Cultures = [ScaleSeed.SpanishCulture, "en-US"] });
        yield return ListOf("Published articles in es-US falling back to en-US by title, with totalCount", PlanBound.Page, _ => Articles() with { Cultures = [ScaleSeed.SpanishCulture, "en-US"], OrderBy = [new ContentOrder(ContentField.DisplayText)], CountTotal = true }) with { RowBudget = 40_000 };
        yield return ListOf("Latest articles in es-US only (an editor's culture filter)", PlanBound.Page, _ => Articles(ContentStatusFilter.Latest) with { Cultures = [ScaleSeed.SpanishCulture] });
        yield return ListOf("Published items of four types (contentItems), newest first", PlanBound.Page, _ => Articles() with { ContentTypes = EveryType });
        yield return ListOf("Latest items of four types, oldest first", PlanBound.Page, _ => Articles(ContentStatusFilter.Latest) with { ContentTypes = EveryType, OldestFirst = true });
        foreach (var field in new[] { ContentField.Id, ContentField.DisplayText, ContentField.Slug, ContentField.CreatedUtc, ContentField.ModifiedUtc, ContentField.PublishedUtc })
        {
            foreach (var descending in new[] { false, true })
            {
                yield return ListOf($"Published articles by {field.Name} {(descending ? "descending" : "ascending")}", PlanBound.Page, _ => Articles() with { OrderBy = [new ContentOrder(field, descending)] });
            }
        }

        yield return ListOf("Latest articles by publishedUtc ascending (never published last)", PlanBound.Page, _ => Articles(ContentStatusFilter.Latest) with { OrderBy = [new ContentOrder(ContentField.PublishedUtc)] });
        // Of the 16,116 latest articles (translations included), 12,892 have a publication time: position 14,000 is among the
        // never-published ones, which follow in id order.
        yield return ListOf("Latest articles by publishedUtc descending, past the published ones", PlanBound.Page, _ => Articles(ContentStatusFilter.Latest) with { OrderBy = [new ContentOrder(ContentField.PublishedUtc, true)] }) with { CursorAt = 14_000, Reaches = "v.published_utc IS NULL" };
        yield return ListOf("Published articles by an indexed number ascending", PlanBound.Page, _ => Articles() with { OrderBy = [new ContentOrder(Minutes)] });
        yield return ListOf("Published articles by an indexed number descending, into the absent values", PlanBound.Page, _ => Articles() with { OrderBy = [new ContentOrder(Minutes, true)] }) with { CursorAt = 10_700 };
        yield return ListOf("Published articles by an indexed text descending", PlanBound.Page, _ => Articles() with { OrderBy = [new ContentOrder(ContentField.Indexed("audience", ContentValueKind.Text), true)] });
        yield return ListOf("Published resources by an indexed boolean", PlanBound.Page, _ => Articles() with { ContentTypes = ["Resource"], OrderBy = [new ContentOrder(ContentField.Indexed("isCrisisLine", ContentValueKind.Boolean))] });
        yield return ListOf("Published articles by two keys (sorted by the engine)", PlanBound.Matches, _ => Articles() with { OrderBy = [new ContentOrder(ContentField.Indexed("audience", ContentValueKind.Text), true), new ContentOrder(Minutes)] }) with { RowBudget = 50_000 };

        yield return ListOf("Published articles, newest first, page 50 through cursors", PlanBound.Page, _ => Articles()) with { CursorAt = 1_000 };
        yield return ListOf("Published articles, newest first, the page before a cursor", PlanBound.Page, _ => Articles() with { Last = 20 }) with { CursorAt = 1_000, Backwards = true };
        yield return ListOf("Published articles, the last page (backwards, no cursor)", PlanBound.Page, _ => Articles() with { Last = 20 });
        yield return ListOf("Published articles by slug after a cursor", PlanBound.Page, _ => Articles() with { OrderBy = [new ContentOrder(ContentField.Slug)] }) with { CursorAt = 5_000 };

        // A filter matching many rows is checked while walking the order; one matching fewer than 1,000 is read and sorted.
        yield return ListOf("Published articles tagged with a common topic", PlanBound.Page, s => Articles() with { Where = Equal(Topics, s.CommonTopicSlug) });
        yield return ListOf("Published articles tagged with a common topic, with totalCount", PlanBound.Page, s => Articles() with { Where = Equal(Topics, s.CommonTopicSlug), CountTotal = true });
        yield return ListOf("Published articles whose topic (relation) has a common slug", PlanBound.Page, s => Articles() with { Where = new RelationFilter("topics", RelationKey.BySlug, ["Topic"], Equal(ContentField.Slug, s.CommonTopicSlug)) });
        yield return ListOf("Published articles tagged with a rarer topic (its matches sorted)", PlanBound.Matches, s => Articles() with { Where = Equal(Topics, s.TopicSlug) }) with { RowBudget = Sorted };
        yield return ListOf("Published articles whose topic (relation) has a rarer slug", PlanBound.Matches, s => Articles() with { Where = new RelationFilter("topics", RelationKey.BySlug, ["Topic"], Equal(ContentField.Slug, s.TopicSlug)) }) with { RowBudget = Sorted };
        yield return ListOf("Published articles for two audiences", PlanBound.Page, _ => Articles() with { Where = new FieldFilter(ContentField.Indexed("audience", ContentValueKind.Text), FilterOperator.In, ["survivors", "supporters"]) });
        yield return ListOf("Published articles in a range of an indexed number", PlanBound.Page, _ => Articles() with { Where = new AndFilter([new FieldFilter(Minutes, FilterOperator.GreaterThan, [10.0]), new FieldFilter(Minutes, FilterOperator.LessThanOrEqual, [20.0])]) });
        yield return ListOf("Published articles created in a range, by creation time", PlanBound.Page, s => Articles() with { Where = CreatedBetween(s), OrderBy = [new ContentOrder(ContentField.CreatedUtc)] });
        // A range on another key than the order's is checked while walking the order (or, matching few rows, read and sorted).
        yield return ListOf("Published articles created in a range, newest first", PlanBound.Page, s => Articles() with { Where = CreatedBetween(s) });
        yield return ListOf("Published articles created in a narrow range, newest first (its matches sorted)", PlanBound.Matches, s => Articles() with
        {
            Where = new AndFilter([new FieldFilter(ContentField.CreatedUtc, FilterOperator.GreaterThan, [ScaleSeed.Start.AddDays(5)]), new FieldFilter(ContentField.CreatedUtc, FilterOperator.LessThanOrEqual, [ScaleSeed.Start.AddDays(6)])]),
        }) with
        { RowBudget = Sorted };
        yield return ListOf("Published articles with either of two slugs or a topic", PlanBound.Page, s => Articles() with { Where = new OrFilter([new FieldFilter(ContentField.Slug, FilterOperator.In, [s.ArticleSlug, "article-00007"]), Equal(Topics, s.TopicSlug)]) });
        yield return ListOf("Published articles not for an audience", PlanBound.Walk, _ => Articles() with { Where = new NotFilter(new FieldFilter(ContentField.Indexed("audience", ContentValueKind.Text), FilterOperator.NotEqual, ["general"])) });
        yield return ListOf("Published articles whose title contains a word (not indexed)", PlanBound.Walk, _ => Articles() with { Where = new FieldFilter(ContentField.DisplayText, FilterOperator.Contains, ["survivors"]) });
        yield return ListOf("Published articles whose indexed title starts with a text (not indexed)", PlanBound.Walk, _ => Articles() with { Where = new FieldFilter(ContentField.Indexed("title", ContentValueKind.Text), FilterOperator.StartsWith, ["article 1"]) });
        yield return ListOf("Published articles with an indexed value below and at most", PlanBound.Page, _ => Articles() with { Where = new OrFilter([new FieldFilter(Minutes, FilterOperator.LessThan, [3.0]), new FieldFilter(Minutes, FilterOperator.GreaterThanOrEqual, [29.0])]) });

        yield return ListOf("One article by slug (GraphQL article(slug:))", PlanBound.Matches, s => Articles() with { Where = Equal(ContentField.Slug, s.ArticleSlug), OrderBy = [new ContentOrder(ContentField.Id)], First = 1 });
        yield return ListOf("Articles by slug (REST slug filter)", PlanBound.Matches, s => Articles(ContentStatusFilter.Latest) with { Slug = s.ArticleSlug });
        yield return ListOf("Topics by slugs (tag loader)", PlanBound.Matches, s => new ContentQuery { ContentTypes = ["Topic"], Where = new FieldFilter(ContentField.Slug, FilterOperator.In, [s.TopicSlug, "topic-05", "topic-06"]), OrderBy = [new ContentOrder(ContentField.Id)], First = 500, CountTotal = false });
        // PostgreSQL may read the FAQs' whole (type, field) index range rather than seek each of twenty keys, when it costs less.
        yield return ListOf("FAQs of articles (reverse relation loader)", PlanBound.Matches, s => new ContentQuery { ContentTypes = ["Faq"], Where = new FieldFilter(ContentField.Indexed("article", ContentValueKind.Text), FilterOperator.In, [.. s.Articles]), OrderBy = [new ContentOrder(ContentField.Id)], First = 500, CountTotal = false }) with { RowBudget = Sorted };
        yield return ListOf("FAQs of one article (relation by id)", PlanBound.Matches, s => new ContentQuery { ContentTypes = ["Faq"], Where = new RelationFilter("article", RelationKey.ById, ["Article"], Equal(ContentField.Id, s.Article)), First = 20, CountTotal = false });
        yield return ListOf("Articles naming a resource (reverse relation)", PlanBound.Matches, s => Articles() with { Where = Equal(ContentField.Indexed("relatedResources", ContentValueKind.Text), s.Resource) });

        yield return ListOf("Review queue: latest versions in review, oldest first", PlanBound.Page, _ => new ContentQuery { Status = ContentStatusFilter.Latest, WorkflowStatuses = ["InReview"], OldestFirst = true, First = 20 });
        yield return ListOf("Review queue of one type", PlanBound.Page, _ => Articles(ContentStatusFilter.Latest) with { WorkflowStatuses = ["InReview"], OldestFirst = true, CountTotal = true });
        yield return ListOf("Dashboard: my drafts", PlanBound.Page, s => new ContentQuery { Status = ContentStatusFilter.Latest, Owner = s.Owner, WorkflowStatuses = ["Draft"], First = 8 });
        yield return ListOf("Dashboard: my items with changes requested, oldest first", PlanBound.Page, s => new ContentQuery { Status = ContentStatusFilter.Latest, Owner = s.Owner, WorkflowStatuses = ["ChangesRequested"], OldestFirst = true, First = 8 });
        // Sorts the owner's items (a tenth of the seed): the owner index leads with the workflow status, for the dashboard.
        yield return ListOf("REST list by owner (sorts the owner's items)", PlanBound.Matches, s => new ContentQuery { Status = ContentStatusFilter.Latest, Owner = s.Owner, First = 50, CountTotal = false }) with { RowBudget = 40_000 };
        yield return ListOf("Admin list search in titles", PlanBound.Walk, _ => new ContentQuery { ContentTypes = ["Article"], Status = ContentStatusFilter.Latest, DisplayTextContains = "Article 0042", First = 50, CountTotal = false });
        yield return ListOf("Admin picker choices (latest topics)", PlanBound.Page, _ => new ContentQuery { ContentTypes = ["Topic"], Status = ContentStatusFilter.Latest, First = 300, CountTotal = false });
        yield return ListOf("Search rebuild: published versions, 500 at a time", PlanBound.Page, _ => new ContentQuery { Status = ContentStatusFilter.Published, First = 500, CountTotal = false }) with { CursorAt = 2_000, RowBudget = 2_000 };
    }

    // A filter matching fewer than 1,000 rows is read whole: its index entries, versions and checks, about three reads each.
    private const int Sorted = 5_000;

    private static ContentField Minutes => ContentField.Indexed("readingMinutes", ContentValueKind.Number);

    private static ContentField Topics => ContentField.Indexed("topics", ContentValueKind.Text);

    private static ContentQuery Articles(ContentStatusFilter status = ContentStatusFilter.Published) =>
        new() { ContentTypes = ["Article"], Status = status, First = 20, CountTotal = false };

    private static FieldFilter Equal(ContentField field, object value) => new(field, FilterOperator.Equal, [value]);

    private static AndFilter CreatedBetween(SeededContent seeded) =>
        new([new FieldFilter(ContentField.CreatedUtc, FilterOperator.GreaterThanOrEqual, [seeded.Now.AddYears(-2).AddDays(10)]), new FieldFilter(ContentField.CreatedUtc, FilterOperator.LessThan, [seeded.Now])]);

    private static QueryShape ListOf(string name, PlanBound bound, Func<SeededContent, ContentQuery> query) => QueryShape.ListOf("list: " + name, bound, query);
}
