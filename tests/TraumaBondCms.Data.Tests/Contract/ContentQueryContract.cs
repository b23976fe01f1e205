using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>List queries: status and field filters, total counts, and cursor paging newest first.</summary>
public abstract class ContentQueryContract : StoreContract
{
    [Fact]
    public async Task Should_return_the_published_version_of_published_items_when_status_is_Published()
    {
        var (neverPublished, live, draft) = await ArrangeStatusesAsync();

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Published });

        Assert.Equal(VersionIds([live]), VersionIds(page.Items));
        Assert.DoesNotContain(page.Items, i => i.ContentItemId == neverPublished.ContentItemId || i.ContentItemVersionId == draft.ContentItemVersionId);
    }

    [Fact]
    public async Task Should_return_the_latest_version_of_every_item_when_status_is_Latest()
    {
        var (neverPublished, _, draft) = await ArrangeStatusesAsync();

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest });

        Assert.Equal(VersionIds([draft, neverPublished]), VersionIds(page.Items));
    }

    [Fact]
    public async Task Should_return_unpublished_latest_versions_when_status_is_Draft()
    {
        var (neverPublished, live, draft) = await ArrangeStatusesAsync();
        var current = await PublishAsync(await CreateAsync(Build.Item(title: "Published, no draft")));

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Draft });

        Assert.Equal(VersionIds([draft, neverPublished]), VersionIds(page.Items));
        Assert.DoesNotContain(page.Items, i => i.ContentItemId == current.ContentItemId || i.ContentItemVersionId == live.ContentItemVersionId);
    }

    [Fact]
    public async Task Should_return_only_the_given_types_when_content_types_are_given()
    {
        var article = await CreateAsync(Build.Item(type: "Article"));
        var faq = await CreateAsync(Build.Item(type: "Faq"));
        await CreateAsync(Build.Item(type: "Topic"));

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, ContentTypes = ["Faq", "Article"] });

        Assert.Equal(VersionIds([faq, article]), VersionIds(page.Items));
        Assert.Equal(2, page.TotalCount);
    }

    [Theory]
    [InlineData("trauma BOND")]
    [InlineData("  bonding  ")]
    [InlineData("UNDERSTANDING")]
    public async Task Should_match_display_text_ignoring_case_when_filtering_by_text(string text)
    {
        var match = await CreateAsync(Build.Item(title: "Understanding Trauma Bonding"));
        await CreateAsync(Build.Item(title: "Grounding exercises"));

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, DisplayTextContains = text });

        Assert.Equal(VersionIds([match]), VersionIds(page.Items));
    }

    [Theory]
    [InlineData("100%", "100% recovery")]
    [InlineData("a_b", "plan a_b")]
    [InlineData(@"c:\d", @"path c:\d")]
    public async Task Should_take_wildcards_literally_when_filtering_by_text(string text, string matchingTitle)
    {
        var match = await CreateAsync(Build.Item(title: matchingTitle));
        await CreateAsync(Build.Item(title: "1000 recovery"), Build.Item(title: "plan aXb"), Build.Item(title: "path c:xd"));

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, DisplayTextContains = text });

        Assert.Equal(VersionIds([match]), VersionIds(page.Items));
    }

    [Fact]
    public async Task Should_return_only_the_owners_items_when_owner_is_given()
    {
        var mine = await CreateAsync(Build.Item(owner: "alice"));
        await CreateAsync(Build.Item(owner: "bob"));

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, Owner = "alice" });

        Assert.Equal(VersionIds([mine]), VersionIds(page.Items));
    }

    [Fact]
    public async Task Should_return_the_item_with_the_slug_when_slug_is_given()
    {
        var wanted = await CreateAsync(Build.Item(slug: "what-is-a-trauma-bond"));
        await CreateAsync(Build.Item(slug: "what-is-a-trauma-bond-2"), Build.Item());

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, Slug = "what-is-a-trauma-bond" });

        Assert.Equal(VersionIds([wanted]), VersionIds(page.Items));
    }

    [Fact]
    public async Task Should_return_every_item_once_in_order_when_paging_with_cursors()
    {
        // Five items share each modification time, so the order within a time rests on the item id (newest first: descending too).
        var items = Enumerable.Range(0, 237).Select(i => Build.Item(at: ContentBuilder.Start.AddMinutes(i / 5))).ToArray();
        await CreateAsync(items);
        var expected = items.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.ContentItemId, StringComparer.Ordinal);

        var seen = new List<ContentItem>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, First = 10, After = cursor });
            Assert.Equal(237, page.TotalCount);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 30);

        Assert.Equal(24, pages);
        Assert.Equal(VersionIds(expected), VersionIds(seen));
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("bm90fGEgY3Vyc29y")]
    public async Task Should_refuse_naming_the_cursor_when_it_is_malformed(string cursor)
    {
        await CreateAsync(Build.Item(), Build.Item(), Build.Item());

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, First = 2, After = cursor }));

        Assert.Equal("after", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Should_read_from_the_start_when_the_cursor_is_empty()
    {
        var items = await CreateAsync(Build.Item(), Build.Item(), Build.Item());

        var page = await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, First = 2, After = string.Empty });

        Assert.Equal(VersionIds([items[2], items[1]]), VersionIds(page.Items));
        Assert.NotNull(page.NextCursor);
    }

    // Two items: one never published, and one published and then edited. Returns the never-published version,
    // the published version (no longer latest) and the pending draft.
    private async Task<(ContentItem NeverPublished, ContentItem Live, ContentItem Draft)> ArrangeStatusesAsync()
    {
        var neverPublished = await CreateAsync(Build.Item(title: "Never published"));
        var live = await PublishAsync(await CreateAsync(Build.Item(title: "Live")));
        var draft = await AddVersionAsync(Build.NextVersion(live, title: "Live, edited"));
        return (neverPublished, live with { Latest = false }, draft);
    }
}
