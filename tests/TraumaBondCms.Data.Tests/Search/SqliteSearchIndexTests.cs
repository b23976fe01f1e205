using TraumaBondCms.Data.Search;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>The <see cref="SearchIndexContract"/> against SQLite (FTS5).</summary>
public sealed class SqliteSearchIndexTests : SearchIndexContract
{
    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);

    [Fact]
    public async Task Should_index_a_bulk_write_alike_when_its_queued_text_is_written_part_way_through()
    {
        var first = Build.Item(title: "Hotline numbers");
        var second = Build.NextVersion(first, title: "Hotline numbers and text lines");
        await using (var session = await Store.BeginWriteAsync())
        {
            // A limit below one document: every queued write runs at once, between the content writes.
            ((Fts5SearchIndex)session.Search).MaxQueuedCharacters = 10;
            await session.Content.CreateAsync(first, [], Doc("Hotline numbers", body: "Call a helpline."));
            await session.Content.PublishAsync(first.ContentItemId, first.ContentItemVersionId, Build.Tick());
            await session.Content.AddVersionAsync(second, [], Doc("Hotline numbers and text lines", body: "Call or text a helpline."));
            await session.Search.PutDocumentAsync(second.ContentItemVersionId, Doc("Hotline numbers and text lines", body: "Call, text or chat with a helpline."));
            foreach (var title in new[] { "Safety plan", "Leaving safely", "Grounding" })
            {
                await session.Content.CreateAsync(Build.Item(title: title), [], Doc(title, body: "A helpline can help."));
            }

            await session.CommitAsync();
        }

        Assert.Equal(["Hotline numbers"], (await SearchAsync("helpline")).Hits.Select(h => h.DisplayText));
        Assert.Empty((await SearchAsync("chat")).Hits);
        Assert.Equal(["Hotline numbers and text lines"], (await SearchAsync("chat", SearchScope.Editorial)).Hits.Select(h => h.DisplayText));
        Assert.Equal(4, (await SearchAsync("helpline", SearchScope.Editorial)).Hits.Count);
        var before = Describe(await SearchAsync("helpline OR chat", SearchScope.Editorial));
        await WriteAsync(s => s.Search.RebuildAsync());
        Assert.Equal(before, Describe(await SearchAsync("helpline OR chat", SearchScope.Editorial)));
    }
}
