using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// List orders as the index walks read them: absent values last in both directions, several types merged, paging both
/// ways without gaps or repeats, filters read first or checked while walking alike, and counts per content generation.
/// </summary>
public abstract class ContentOrderContract : StoreContract
{
    private static readonly ContentField Rank = ContentField.Indexed("rank", ContentValueKind.Number);

    [Fact]
    public async Task Should_put_absent_values_last_in_both_directions_when_ordering_by_an_indexed_field()
    {
        var items = await CreateRankedAsync(3, 1, null, 2, null, 1);
        var present = items.Where(i => i.Rank is not null).ToList();
        var absent = items.Where(i => i.Rank is null).Select(i => i.Item.ContentItemId).ToList();

        var ascending = await AllAsync(new ContentQuery { Status = ContentStatusFilter.Latest, OrderBy = [new ContentOrder(Rank)] }, 2);
        var descending = await AllAsync(new ContentQuery { Status = ContentStatusFilter.Latest, OrderBy = [new ContentOrder(Rank, Descending: true)] }, 2);

        Assert.Equal(
            [.. present.OrderBy(i => i.Rank).ThenBy(i => i.Item.ContentItemId, StringComparer.Ordinal).Select(i => i.Item.ContentItemId), .. absent.Order(StringComparer.Ordinal)],
            ascending);
        Assert.Equal(
            [.. present.OrderByDescending(i => i.Rank).ThenByDescending(i => i.Item.ContentItemId, StringComparer.Ordinal).Select(i => i.Item.ContentItemId), .. absent.OrderDescending(StringComparer.Ordinal)],
            descending);
    }

    [Fact]
    public async Task Should_visit_every_item_once_in_order_when_paging_backwards_across_absent_values()
    {
        await CreateRankedAsync(5, null, 4, null, 3, 2, null, 1);
        var query = new ContentQuery { Status = ContentStatusFilter.Latest, OrderBy = [new ContentOrder(Rank)] };
        var forwards = await AllAsync(query, 3);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = await QueryAsync(query with { Last = 3, Before = before });
            backwards.InsertRange(0, page.Items.Select(i => i.ContentItemId));
            before = page.HasPreviousPage ? page.Cursors![0] : null;
        }
        while (before is not null);

        Assert.Equal(8, forwards.Count);
        Assert.Equal(forwards, backwards);
    }

    [Fact]
    public async Task Should_merge_the_types_in_order_when_listing_several_types()
    {
        var items = await CreateAsync(
            Build.Item(type: "Article"), Build.Item(type: "Faq"), Build.Item(type: "Topic"), Build.Item(type: "Faq"), Build.Item(type: "Article"), Build.Item(type: "Resource"));

        var merged = await AllAsync(new ContentQuery { Status = ContentStatusFilter.Latest, ContentTypes = ["Article", "Faq", "Topic"] }, 2);

        Assert.Equal(items.Where(i => i.ContentType != "Resource").OrderByDescending(i => i.ModifiedUtc).Select(i => i.ContentItemId), merged);
    }

    [Fact]
    public async Task Should_find_the_same_items_when_a_filter_is_read_first_or_checked_while_walking()
    {
        var tagged = new List<ContentItem>();
        await WriteAsync(async s =>
        {
            for (var i = 0; i < 12; i++)
            {
                var item = Build.Item(slug: $"item-{i}");
                IndexedFieldValue[] index = [new("topics", i % 3 == 0 ? "rare" : "common", null, null), new("topics", "common", null, null)];
                await s.Content.CreateAsync(item, index);
                if (i % 3 == 0)
                {
                    tagged.Add(item);
                }
            }
        });

        // A slug is always read first; a tag is read first when it matches few rows (here, always) - the same rows either way.
        var rare = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, ContentTypes = ["Article"], Where = new FieldFilter(ContentField.Indexed("topics", ContentValueKind.Text), FilterOperator.Equal, ["rare"]) });
        var bySlug = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, ContentTypes = ["Article"], Where = new AndFilter([new FieldFilter(ContentField.Slug, FilterOperator.In, ["item-3", "item-4"]), new FieldFilter(ContentField.Indexed("topics", ContentValueKind.Text), FilterOperator.Equal, ["rare"])]) });
        var untyped = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, Where = new FieldFilter(ContentField.Indexed("topics", ContentValueKind.Text), FilterOperator.Equal, ["rare"]) });

        Assert.Equal(tagged.OrderByDescending(i => i.ModifiedUtc).Select(i => i.ContentItemId), rare.Items.Select(i => i.ContentItemId));
        Assert.Equal(4, rare.TotalCount);
        Assert.Equal(["item-3"], bySlug.Items.Select(i => i.Slug));
        Assert.Equal(rare.Items.Select(i => i.ContentItemId), untyped.Items.Select(i => i.ContentItemId));
    }

    [Fact]
    public async Task Should_count_the_new_state_when_published_content_changes_between_reads()
    {
        var first = await PublishAsync(await CreateAsync(Build.Item()));
        var query = new ContentQuery { ContentTypes = ["Article"], Status = ContentStatusFilter.Published };
        var before = await QueryAsync(query);
        var again = await QueryAsync(query);

        await PublishAsync(await CreateAsync(Build.Item()));
        await WriteAsync(s => s.Content.DeleteAsync(first.ContentItemId, "admin", Build.Tick()));
        await PublishAsync(await CreateAsync(Build.Item()));
        var after = await QueryAsync(query);

        Assert.Equal((1, 1), (before.TotalCount, again.TotalCount));
        Assert.Equal(2, after.TotalCount);
        Assert.Equal(2, after.Items.Count);
    }

    // Items whose "rank" index row holds the given number (null: no row), one tick apart.
    private async Task<List<(ContentItem Item, double? Rank)>> CreateRankedAsync(params double?[] ranks)
    {
        var items = ranks.Select(rank => (Item: Build.Item(), Rank: rank)).ToList();
        await WriteAsync(async s =>
        {
            foreach (var (item, rank) in items)
            {
                await s.Content.CreateAsync(item, rank is { } r ? [new IndexedFieldValue("rank", null, r, null)] : []);
            }
        });
        return items;
    }

    // Every item of the query, read forwards page by page.
    private async Task<List<string>> AllAsync(ContentQuery query, int pageSize)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await QueryAsync(query with { First = pageSize, After = after });
            ids.AddRange(page.Items.Select(i => i.ContentItemId));
            after = page.NextCursor;
        }
        while (after is not null && ids.Count < 1_000);

        return ids;
    }
}
