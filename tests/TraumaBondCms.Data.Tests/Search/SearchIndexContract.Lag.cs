using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>How far a node is behind the change log (what readiness and the lag metric read), and an index from another database.</summary>
public abstract partial class SearchIndexContract
{
    [Fact]
    public async Task Should_count_the_entries_after_a_sequence_and_date_the_oldest_when_the_backlog_is_read()
    {
        var empty = await ReadAsync(s => s.Search.GetBacklogAsync(0));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var first = await CreateSearchableAsync(Doc("Hotline numbers"));
        var afterFirst = (await ReadAsync(s => s.Search.GetChangesAsync(0, 100))).LastSequence;
        await PublishAsync(first);
        await PublishAsync(await CreateSearchableAsync(Doc("Safety planning")));
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        var all = await ReadAsync(s => s.Search.GetBacklogAsync(0));
        var rest = await ReadAsync(s => s.Search.GetBacklogAsync(afterFirst));
        var none = await ReadAsync(s => s.Search.GetBacklogAsync(all.LastSequence));

        Assert.Equal(new SearchChangeBacklog(0, null, 0), empty);
        Assert.Equal(4, all.Entries);
        Assert.InRange(all.OldestChangedUtc!.Value, before, after);
        Assert.Equal(3, rest.Entries);
        Assert.InRange(rest.OldestChangedUtc!.Value, all.OldestChangedUtc.Value, after);
        Assert.Equal(new SearchChangeBacklog(0, null, all.LastSequence), none);
    }

    [Fact]
    public async Task Should_show_a_write_as_lag_until_the_node_applies_it()
    {
        await SeedCorpusAsync();
        await Node.CatchUpAsync();
        var caughtUp = await Node.MeasureAsync();

        await PublishAsync(await CreateSearchableAsync(Doc("Written after the node caught up")));
        await Task.Delay(50);
        var behind = await Node.MeasureAsync();
        await Node.CatchUpAsync();
        var again = await Node.MeasureAsync();

        Assert.Equal(SearchIndexLag.CaughtUp, caughtUp);
        Assert.Equal(2, behind.Entries);
        Assert.InRange(behind.OldestAge, TimeSpan.FromMilliseconds(40), TimeSpan.FromMinutes(1));
        Assert.Equal(SearchIndexLag.CaughtUp, again);
    }

    [Fact]
    public async Task Should_measure_a_closed_node_from_where_it_stopped_when_changes_keep_coming()
    {
        var node = Node;
        await node.CatchUpAsync();
        await node.DisposeAsync();

        await PublishAsync(await CreateSearchableAsync(Doc("First while stopped")));
        var one = await node.MeasureAsync();
        await PublishAsync(await CreateSearchableAsync(Doc("Second while stopped")));
        var two = await node.MeasureAsync();

        Assert.Equal(2, one.Entries);
        Assert.Equal(4, two.Entries);
        Assert.True(two.OldestAge >= one.OldestAge, $"{two.OldestAge} < {one.OldestAge}");
    }

    [Fact]
    public async Task Should_say_why_it_cannot_measure_when_the_index_is_not_open_or_cannot_be_opened()
    {
        await Node.CatchUpAsync();
        await using var second = NewNode();

        var notYet = await Assert.ThrowsAsync<InvalidOperationException>(async () => await second.MeasureAsync());
        await Assert.ThrowsAsync<SearchIndexBusyException>(() => second.OpenAsync());
        var busy = await Assert.ThrowsAsync<InvalidOperationException>(async () => await second.MeasureAsync());

        Assert.Contains("still opening", notYet.Message);
        Assert.Contains("could not be opened", busy.Message);
        Assert.Contains("open in another process", busy.Message);
    }

    [Fact]
    public async Task Should_rebuild_from_the_database_when_the_index_is_ahead_of_its_log()
    {
        // An index fed from one database, then a node on the same folder whose database is another one with a shorter log
        // (a backup put back in place): it must serve the other database's content only.
        await SeedCorpusAsync();
        await Node.CatchUpAsync();
        await CloseNodeAsync();
        await using var other = await CreateDatabaseAsync(migrated: true);
        var item = Build.Item("Article", title: "Only in the restored database");
        await using (var session = await other.Store.BeginWriteAsync())
        {
            await session.Content.CreateAsync(item, [], Doc("Only in the restored database"));
            await session.CommitAsync();
        }

        await using var node = new SearchIndexNode(other.Store, IndexPath, new SearchIndexNodeOptions());
        await node.CatchUpAsync();
        var editorial = node.Engine!.Search(Request("restored OR gaslighting OR contact", SearchScope.Editorial));
        var lag = await node.MeasureAsync();

        Assert.Equal([item.ContentItemVersionId], editorial.Hits.Select(h => h.ContentItemVersionId));
        Assert.Equal(0, node.Engine.Search(Request(AllCorpus)).Total);
        Assert.Equal(SearchIndexLag.CaughtUp, lag);
    }
}
