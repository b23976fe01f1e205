using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>Sessions as units of work: commit or nothing, read snapshots, one writer at a time.</summary>
public abstract class SessionContract : StoreContract
{
    [Fact]
    public async Task Should_keep_nothing_when_a_write_session_is_disposed_without_commit()
    {
        var item = Build.Item(slug: "uncommitted");

        await using (var session = await Store.BeginWriteAsync())
        {
            await session.Content.CreateAsync(item, []);
            await session.Site.SetSettingAsync("site.name", "\"Draft\"");
            await session.Audit.AppendAsync(new() { OccurredUtc = Build.Tick(), Action = "content.created" });
        }

        Assert.Null(await ReadAsync(s => s.Content.GetItemAsync(item.ContentItemId)));
        Assert.Empty(await ReadAsync(s => s.Site.GetSettingsAsync()));
        Assert.Empty(await ReadAsync(s => s.Audit.QueryAsync(new())));
        Assert.Empty(await ReadAsync(s => s.Content.FindBySlugsAsync("Article", ["uncommitted"])));
    }

    [Fact]
    public async Task Should_see_its_own_writes_when_reading_inside_a_write_session()
    {
        var item = Build.Item();
        await using var session = await Store.BeginWriteAsync();

        await session.Content.CreateAsync(item, []);

        AssertSameVersion(item, await session.Content.GetAsync(item.ContentItemId, VersionSelector.Latest));
    }

    [Fact]
    public async Task Should_see_one_snapshot_when_a_write_commits_during_a_read_session()
    {
        var before = await CreateAsync(Build.Item());
        await using var read = await Store.OpenReadAsync();
        var firstRead = await read.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest });

        var after = await CreateAsync(Build.Item());

        var secondRead = await read.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest });
        Assert.Equal(VersionIds([before]), VersionIds(firstRead.Items));
        Assert.Equal(VersionIds([before]), VersionIds(secondRead.Items));
        Assert.Null(await read.Content.GetItemAsync(after.ContentItemId));
        Assert.NotNull(await ReadAsync(s => s.Content.GetItemAsync(after.ContentItemId)));
    }

    [Fact]
    public async Task Should_throw_when_a_read_session_is_committed()
    {
        await using var session = await Store.OpenReadAsync();

        var commit = () => session.CommitAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(commit);
    }

    [Fact]
    public async Task Should_wait_for_the_first_writer_when_a_second_write_session_begins()
    {
        var first = await Store.BeginWriteAsync();

        var second = Store.BeginWriteAsync();

        // Not a timing claim: a second writer that got in would be done long before this delay ends.
        var raced = await Task.WhenAny(second, Task.Delay(300));
        Assert.NotSame(second, raced);
        await first.DisposeAsync();
        await using var session = await second.WaitAsync(TimeSpan.FromSeconds(30));
        await session.Content.CreateAsync(Build.Item(), []);
        await session.CommitAsync();
    }
}
