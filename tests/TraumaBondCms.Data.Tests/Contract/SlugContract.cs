using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Slug reservation: unique per type among the latest and published versions of live items.</summary>
public abstract class SlugContract : StoreContract
{
    [Fact]
    public async Task Should_throw_DuplicateSlug_when_another_item_of_the_type_holds_the_slug()
    {
        await CreateAsync(Build.Item(slug: "taken"));
        await using var session = await Store.BeginWriteAsync();
        var second = Build.Item(slug: "taken");

        var create = () => session.Content.CreateAsync(second, []);

        var error = await Assert.ThrowsAsync<DuplicateSlugException>(create);
        Assert.Equal(("Article", "taken"), (error.ContentType, error.Slug));
    }

    [Fact]
    public async Task Should_throw_DuplicateSlug_when_a_new_version_takes_a_held_slug()
    {
        await CreateAsync(Build.Item(slug: "taken"));
        var other = await CreateAsync(Build.Item(slug: "mine"));
        await using var session = await Store.BeginWriteAsync();

        var edit = () => session.Content.AddVersionAsync(Build.NextVersion(other, slug: "taken"), []);

        var error = await Assert.ThrowsAsync<DuplicateSlugException>(edit);
        Assert.Equal("taken", error.Slug);
    }

    [Fact]
    public async Task Should_keep_the_first_holder_when_a_duplicate_slug_is_refused()
    {
        var holder = await CreateAsync(Build.Item(slug: "taken"));
        await using (var session = await Store.BeginWriteAsync())
        {
            await Assert.ThrowsAsync<DuplicateSlugException>(() => session.Content.CreateAsync(Build.Item(slug: "taken"), []));
        }

        var holders = await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["taken"]));

        Assert.Equal(holder.ContentItemId, holders["taken"]);
        Assert.Single((await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest })).Items);
    }

    [Fact]
    public async Task Should_accept_the_same_slug_when_the_types_differ()
    {
        var article = await CreateAsync(Build.Item(type: "Article", slug: "anxiety"));

        var topic = await CreateAsync(Build.Item(type: "Topic", slug: "anxiety"));

        Assert.Equal(article.ContentItemId, (await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["anxiety"])))["anxiety"]);
        Assert.Equal(topic.ContentItemId, (await ReadAsync(s => s.Content.FindBySlugsAsync("Topic", ["anxiety"])))["anxiety"]);
    }

    [Fact]
    public async Task Should_reserve_both_slugs_when_the_draft_and_published_versions_differ()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item(slug: "old-name")));
        await AddVersionAsync(Build.NextVersion(live, slug: "new-name"));

        var holders = await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["old-name", "new-name", "unused"]));

        Assert.Equal(
            new Dictionary<string, string> { ["old-name"] = live.ContentItemId, ["new-name"] = live.ContentItemId },
            holders);
        await using var session = await Store.BeginWriteAsync();
        await Assert.ThrowsAsync<DuplicateSlugException>(() => session.Content.CreateAsync(Build.Item(slug: "old-name"), []));
    }

    [Fact]
    public async Task Should_reserve_one_slug_when_the_draft_and_published_versions_share_it()
    {
        // Found on SQLite 3.35.5, whose SELECT DISTINCT gave this slug twice and so refused the item's own draft.
        var live = await PublishAsync(await CreateAsync(Build.Item(slug: "same-name")));

        var draft = await AddVersionAsync(Build.NextVersion(live, slug: "same-name"));

        var holders = await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["same-name"]));
        Assert.Equal(live.ContentItemId, holders["same-name"]);
        Assert.Equal(2, draft.Version);
    }

    [Fact]
    public async Task Should_release_a_slug_when_no_latest_or_published_version_uses_it()
    {
        var first = await CreateAsync(Build.Item(slug: "draft-name"));
        await AddVersionAsync(Build.NextVersion(first, slug: "final-name"));

        var other = await CreateAsync(Build.Item(slug: "draft-name"));

        var holders = await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["draft-name", "final-name"]));
        Assert.Equal(other.ContentItemId, holders["draft-name"]);
        Assert.Equal(first.ContentItemId, holders["final-name"]);
    }

    [Fact]
    public async Task Should_release_the_published_slug_when_the_item_is_unpublished()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item(slug: "old-name")));
        await AddVersionAsync(Build.NextVersion(live, slug: "new-name"));

        await WriteAsync(s => s.Content.UnpublishAsync(live.ContentItemId));

        Assert.Equal(["new-name"], (await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["old-name", "new-name"]))).Keys);
    }

    [Fact]
    public async Task Should_release_the_slugs_when_the_item_is_deleted()
    {
        var gone = await CreateAsync(Build.Item(slug: "reused"));
        await WriteAsync(s => s.Content.DeleteAsync(gone.ContentItemId, "admin", Build.Tick()));

        var reused = await CreateAsync(Build.Item(slug: "reused"));

        Assert.Equal(reused.ContentItemId, (await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["reused"])))["reused"]);
    }

    [Fact]
    public async Task Should_find_nothing_when_no_slug_is_asked_for()
    {
        await CreateAsync(Build.Item(slug: "present"));

        var holders = await ReadAsync(s => s.Content.FindBySlugsAsync("Article", []));

        Assert.Empty(holders);
    }
}
