using System.Data.Common;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Content items and their versions: the latest and published flags, reads by selector, soft deletion.</summary>
public abstract class ContentVersionsContract : StoreContract
{
    [Fact]
    public async Task Should_read_the_first_version_as_latest_when_an_item_is_created()
    {
        var item = await CreateAsync(Build.Item(slug: "first"));

        var latest = await GetAsync(item, VersionSelector.Latest);

        AssertSameVersion(item, latest);
    }

    [Fact]
    public async Task Should_refuse_a_version_written_as_published_so_that_publishing_has_one_statement()
    {
        var item = Build.Item() with { Published = true, PublishedUtc = ContentBuilder.Start };
        var existing = await CreateAsync(Build.Item());

        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(s => s.Content.CreateAsync(item, ContentBuilder.IndexFor(item))));
        await Assert.ThrowsAsync<ArgumentException>(() => WriteAsync(s => s.Content.AddVersionAsync(Build.NextVersion(existing) with { Published = true }, [])));

        Assert.Null(await GetAsync(item, VersionSelector.Latest));
        Assert.Null(await GetAsync(existing, VersionSelector.Published));
    }

    [Fact]
    public async Task Should_record_type_owner_and_creation_when_an_item_is_created()
    {
        var item = await CreateAsync(Build.Item(type: "Faq", owner: "alice"));

        var record = await ReadAsync(s => s.Content.GetItemAsync(item.ContentItemId));

        Assert.Equal(new ContentItemRecord(item.ContentItemId, "Faq", "alice", item.CreatedUtc, null, null), record);
    }

    [Fact]
    public async Task Should_find_nothing_when_the_item_id_was_never_used()
    {
        var id = ContentIds.New();

        var (record, latest, versions) = await ReadAsync(async s =>
            (await s.Content.GetItemAsync(id), await s.Content.GetAsync(id, VersionSelector.Latest), await s.Content.GetVersionsAsync(id)));

        Assert.Null(record);
        Assert.Null(latest);
        Assert.Empty(versions);
    }

    [Fact]
    public async Task Should_return_no_published_version_when_the_item_was_never_published()
    {
        var item = await CreateAsync(Build.Item());

        var published = await GetAsync(item, VersionSelector.Published);

        Assert.Null(published);
    }

    [Fact]
    public async Task Should_read_any_version_when_selected_by_id_or_number()
    {
        var first = await CreateAsync(Build.Item(title: "One"));
        var second = await AddVersionAsync(Build.NextVersion(first, title: "Two"));

        var byId = await GetAsync(first, VersionSelector.ById(first.ContentItemVersionId));
        var byNumber = await GetAsync(first, VersionSelector.ByNumber(2));
        var missing = await GetAsync(first, VersionSelector.ByNumber(3));

        AssertSameVersion(first with { Latest = false }, byId);
        AssertSameVersion(second, byNumber);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Should_move_latest_to_the_new_version_when_a_version_is_added()
    {
        var first = await CreateAsync(Build.Item());

        var second = await AddVersionAsync(Build.NextVersion(first, title: "Edited", author: "bob"));

        AssertSameVersion(second, await GetAsync(first, VersionSelector.Latest));
        Assert.False((await GetAsync(first, VersionSelector.ById(first.ContentItemVersionId)))!.Latest);
    }

    [Fact]
    public async Task Should_move_published_to_the_new_version_when_another_version_is_published()
    {
        var first = await PublishAsync(await CreateAsync(Build.Item()));
        var second = await AddVersionAsync(Build.NextVersion(first, title: "Edited"));

        var published = await PublishAsync(second);

        AssertSameVersion(published, await GetAsync(first, VersionSelector.Published));
        var old = await GetAsync(first, VersionSelector.ById(first.ContentItemVersionId));
        Assert.False(old!.Published);
        Assert.False(old.Latest);
        Assert.Equal(first.PublishedUtc, old.PublishedUtc);
    }

    [Fact]
    public async Task Should_keep_the_published_version_readable_when_a_newer_draft_exists()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item(title: "Live")));

        var draft = await AddVersionAsync(Build.NextVersion(live, title: "Draft"));

        AssertSameVersion(live with { Latest = false }, await GetAsync(live, VersionSelector.Published));
        AssertSameVersion(draft, await GetAsync(live, VersionSelector.Latest));
    }

    [Fact]
    public async Task Should_leave_no_published_version_when_an_item_is_unpublished()
    {
        var item = await PublishAsync(await CreateAsync(Build.Item()));

        await WriteAsync(s => s.Content.UnpublishAsync(item.ContentItemId));

        Assert.Null(await GetAsync(item, VersionSelector.Published));
        var latest = await GetAsync(item, VersionSelector.Latest);
        Assert.Equal(item.ContentItemVersionId, latest!.ContentItemVersionId);
        Assert.False(latest.Published);
    }

    [Fact]
    public async Task Should_throw_ContentNotFound_when_publishing_a_version_the_item_does_not_have()
    {
        var item = await CreateAsync(Build.Item());
        await using var session = await Store.BeginWriteAsync();

        var publish = () => session.Content.PublishAsync(item.ContentItemId, ContentIds.New(), Build.Tick());

        await Assert.ThrowsAsync<ContentNotFoundException>(publish);
    }

    [Fact]
    public async Task Should_list_every_version_oldest_first_when_reading_versions()
    {
        var first = await CreateAsync(Build.Item());
        var second = await AddVersionAsync(Build.NextVersion(first));
        var third = await AddVersionAsync(Build.NextVersion(second));

        var versions = await ReadAsync(s => s.Content.GetVersionsAsync(first.ContentItemId));

        Assert.Equal([1, 2, 3], versions.Select(v => v.Version));
        Assert.Equal(VersionIds([first, second, third]), VersionIds(versions));
        Assert.Equal([false, false, true], versions.Select(v => v.Latest));
    }

    [Fact]
    public async Task Should_read_the_selected_version_of_each_known_item_when_getting_many()
    {
        var draftOnly = await CreateAsync(Build.Item());
        var live = await PublishAsync(await CreateAsync(Build.Item()));
        var edited = await AddVersionAsync(Build.NextVersion(live));
        string[] ids = [draftOnly.ContentItemId, live.ContentItemId, ContentIds.New()];

        var latest = await ReadAsync(s => s.Content.GetManyAsync(ids, VersionSelector.Latest));
        var published = await ReadAsync(s => s.Content.GetManyAsync(ids, VersionSelector.Published));

        Assert.Equal(VersionIds([draftOnly, edited]).Order(), VersionIds(latest).Order());
        Assert.Equal(VersionIds([live]), VersionIds(published));
    }

    [Fact]
    public async Task Should_hide_the_item_from_every_read_but_its_record_and_versions_when_it_is_soft_deleted()
    {
        var item = await PublishAsync(await CreateAsync(Build.Item(slug: "gone")));
        var at = Build.Tick();

        await WriteAsync(s => s.Content.DeleteAsync(item.ContentItemId, "admin", at));

        Assert.Null(await GetAsync(item, VersionSelector.Latest));
        Assert.Null(await GetAsync(item, VersionSelector.Published));
        Assert.Null(await GetAsync(item, VersionSelector.ByNumber(1)));
        Assert.Empty(await ReadAsync(s => s.Content.GetManyAsync([item.ContentItemId], VersionSelector.Published)));
        Assert.Empty((await QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest })).Items);
        Assert.Empty(await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["gone"])));
        var record = await ReadAsync(s => s.Content.GetItemAsync(item.ContentItemId));
        Assert.Equal((at, "admin"), (record!.DeletedUtc, record.DeletedBy));
        Assert.Single(await ReadAsync(s => s.Content.GetVersionsAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Should_refuse_a_second_latest_version_when_the_flag_is_set_directly()
    {
        var first = await CreateAsync(Build.Item());
        await AddVersionAsync(Build.NextVersion(first));

        var update = () => Database.ExecuteRawAsync($"UPDATE content_versions SET latest = TRUE WHERE content_item_version_id = '{first.ContentItemVersionId}'");

        var error = await Assert.ThrowsAnyAsync<DbException>(update);
        Assert.True(Database.Dialect.IsUniqueViolation(error), error.Message);
        Assert.Equal(1, await Database.ScalarRawAsync($"SELECT COUNT(*) FROM content_versions WHERE content_item_id = '{first.ContentItemId}' AND latest"));
    }

    [Fact]
    public async Task Should_refuse_a_second_published_version_when_the_flag_is_set_directly()
    {
        var first = await CreateAsync(Build.Item());
        await PublishAsync(await AddVersionAsync(Build.NextVersion(first)));

        var update = () => Database.ExecuteRawAsync($"UPDATE content_versions SET published = TRUE WHERE content_item_version_id = '{first.ContentItemVersionId}'");

        var error = await Assert.ThrowsAnyAsync<DbException>(update);
        Assert.True(Database.Dialect.IsUniqueViolation(error), error.Message);
        Assert.Equal(1, await Database.ScalarRawAsync($"SELECT COUNT(*) FROM content_versions WHERE content_item_id = '{first.ContentItemId}' AND published"));
    }
}
