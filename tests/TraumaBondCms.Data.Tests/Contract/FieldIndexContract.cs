using TraumaBondCms.Core.Content;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Index rows: written with a version, kept only while it is latest or published (checked in the table itself).</summary>
public abstract class FieldIndexContract : StoreContract
{
    [Fact]
    public async Task Should_write_one_row_per_indexed_value_when_an_item_is_created()
    {
        var item = await CreateAsync(Build.Item(title: "Grounding"));

        var rows = await Database.ScalarRawAsync(
            $"SELECT COUNT(*) FROM content_field_index WHERE content_item_version_id = '{item.ContentItemVersionId}' AND content_type = 'Article' AND " +
            "((field_name = 'title' AND text_value = 'Grounding') OR (field_name = 'rank' AND number_value = 1.5) OR (field_name = 'featured' AND bool_value = TRUE))");

        Assert.Equal(ContentBuilder.IndexFor(item).Count, rows);
    }

    [Fact]
    public async Task Should_drop_the_rows_of_a_version_when_it_is_neither_latest_nor_published()
    {
        var first = await CreateAsync(Build.Item());

        var second = await AddVersionAsync(Build.NextVersion(first));

        Assert.Equal(0, await CountRowsAsync(first));
        Assert.Equal(3, await CountRowsAsync(second));
    }

    [Fact]
    public async Task Should_keep_the_rows_of_the_published_version_when_a_draft_is_added()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item()));

        var draft = await AddVersionAsync(Build.NextVersion(live));

        Assert.Equal(3, await CountRowsAsync(live));
        Assert.Equal(3, await CountRowsAsync(draft));
    }

    [Fact]
    public async Task Should_drop_the_rows_of_the_old_published_version_when_the_draft_is_published()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item()));
        var draft = await AddVersionAsync(Build.NextVersion(live));

        await PublishAsync(draft);

        Assert.Equal(0, await CountRowsAsync(live));
        Assert.Equal(3, await CountRowsAsync(draft));
    }

    [Fact]
    public async Task Should_drop_every_row_when_the_item_is_deleted()
    {
        var live = await PublishAsync(await CreateAsync(Build.Item()));
        await AddVersionAsync(Build.NextVersion(live));

        await WriteAsync(s => s.Content.DeleteAsync(live.ContentItemId, "admin", Build.Tick()));

        Assert.Equal(0, await Database.ScalarRawAsync($"SELECT COUNT(*) FROM content_field_index WHERE content_item_id = '{live.ContentItemId}'"));
    }

    private Task<long> CountRowsAsync(ContentItem version) =>
        Database.ScalarRawAsync($"SELECT COUNT(*) FROM content_field_index WHERE content_item_version_id = '{version.ContentItemVersionId}'");
}
