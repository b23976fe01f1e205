using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Data.Tests.Contract;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>
/// The search contract every database passes: documents are stored with their version, scope membership follows the
/// version flags in the same transaction and every change is logged there; a node's Lucene index fed from that log finds
/// what the database says, catches up after a crash, rebuilds when its index is missing, unreadable or behind the pruned
/// log, and a rebuild changes no answer. Content is written through the repository, as the application writes it.
/// </summary>
public abstract partial class SearchIndexContract : StoreContract
{
    [Fact]
    public async Task Should_find_an_item_by_each_field_when_its_version_is_published()
    {
        var item = await PublishAsync(await CreateSearchableAsync(Doc("Grounding exercises", tags: "Healing and recovery", summary: "Calming the body", body: "Breathe slowly and name five things you see.")));

        foreach (var query in new[] { "grounding", "healing", "calming", "breathe" })
        {
            var page = await SearchAsync(query);

            var hit = Assert.Single(page.Hits);
            Assert.Equal(item.ContentItemId, hit.ContentItemId);
            Assert.Equal(item.ContentItemVersionId, hit.ContentItemVersionId);
            Assert.Equal("Article", hit.ContentType);
        }
    }

    [Fact]
    public async Task Should_rank_a_title_match_above_body_matches_when_both_contain_the_word()
    {
        var inBody = await PublishAsync(await CreateSearchableAsync(Doc("Another subject", body: "Grounding helps. Grounding again. More grounding.")));
        var inTitle = await PublishAsync(await CreateSearchableAsync(Doc("Grounding", body: "A short note.")));

        var page = await SearchAsync("grounding");

        Assert.Equal([inTitle.ContentItemId, inBody.ContentItemId], page.Hits.Select(h => h.ContentItemId));
        Assert.True(page.Hits[0].Score > page.Hits[1].Score);
    }

    [Fact]
    public async Task Should_find_a_draft_only_in_the_editorial_index_when_it_was_never_published()
    {
        await CreateSearchableAsync(Doc("Safety planning draft"));

        Assert.Empty((await SearchAsync("safety", SearchScope.Public)).Hits);
        Assert.Single((await SearchAsync("safety", SearchScope.Editorial)).Hits);
    }

    [Fact]
    public async Task Should_keep_readers_on_the_published_text_when_a_newer_draft_exists()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Hotline numbers")));

        await AddSearchableVersionAsync(live, Doc("Helpline numbers"));

        Assert.Single((await SearchAsync("hotline", SearchScope.Public)).Hits);
        Assert.Empty((await SearchAsync("helpline", SearchScope.Public)).Hits);
        Assert.Single((await SearchAsync("helpline", SearchScope.Editorial)).Hits);
        Assert.Empty((await SearchAsync("hotline", SearchScope.Editorial)).Hits);
    }

    [Fact]
    public async Task Should_show_readers_the_new_text_only_when_the_draft_is_published()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Hotline numbers")));
        var draft = await AddSearchableVersionAsync(live, Doc("Helpline numbers"));

        await PublishAsync(draft);

        Assert.Empty((await SearchAsync("hotline", SearchScope.Public)).Hits);
        Assert.Equal(draft.ContentItemVersionId, Assert.Single((await SearchAsync("helpline", SearchScope.Public)).Hits).ContentItemVersionId);
    }

    [Fact]
    public async Task Should_drop_an_item_from_the_public_index_only_when_it_is_unpublished()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Coercive control")));

        await WriteAsync(s => s.Content.UnpublishAsync(live.ContentItemId));

        Assert.Empty((await SearchAsync("coercive", SearchScope.Public)).Hits);
        Assert.Single((await SearchAsync("coercive", SearchScope.Editorial)).Hits);
    }

    [Fact]
    public async Task Should_drop_an_item_from_both_indexes_when_it_is_deleted()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Coercive control")));
        await AddSearchableVersionAsync(live, Doc("Coercive control, revised"));

        await WriteAsync(s => s.Content.DeleteAsync(live.ContentItemId, "admin", Build.Tick()));

        Assert.Empty((await SearchAsync("coercive", SearchScope.Public)).Hits);
        Assert.Empty((await SearchAsync("coercive", SearchScope.Editorial)).Hits);
        Assert.Equal(new SearchIndexCounts(0, 0, 0, 0), await ReadAsync(s => s.Search.CountAsync()));
    }

    [Fact]
    public async Task Should_log_nothing_and_change_nothing_when_the_transaction_rolls_back()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Hotline numbers")));
        var before = await ReadAsync(s => s.Search.GetChangesAsync(0, 100));

        await using (var session = await Store.BeginWriteAsync())
        {
            await session.Content.UnpublishAsync(live.ContentItemId);
        }

        Assert.Equal(before.LastSequence, (await ReadAsync(s => s.Search.GetChangesAsync(0, 100))).LastSequence);
        Assert.Single((await SearchAsync("hotline")).Hits);
    }

    [Fact]
    public async Task Should_log_each_scope_change_in_the_content_transaction()
    {
        var item = await CreateSearchableAsync(Doc("Hotline numbers"));
        var afterCreate = await ReadAsync(s => s.Search.GetChangesAsync(0, 100));

        await PublishAsync(item);
        await WriteAsync(s => s.Content.UnpublishAsync(item.ContentItemId));

        var log = (await ReadAsync(s => s.Search.GetChangesAsync(0, 100))).Changes;
        Assert.Equal([(item.ContentItemId, item.ContentItemVersionId, "editorial")], afterCreate.Changes.Select(c => (c.ContentItemId, c.ContentItemVersionId, c.Scope)));
        Assert.Equal(
            [(item.ContentItemVersionId, "editorial"), (item.ContentItemVersionId, "public"), (null, "public")],
            log.Select(c => (c.ContentItemVersionId, c.Scope)));
        Assert.Equal(log.Select(c => c.Sequence).Order(), log.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Should_index_the_final_state_when_one_transaction_changes_items_several_times()
    {
        var first = Build.Item(title: "Safety plan draft");
        var second = Build.NextVersion(first, title: "Safety plan");
        var other = Build.Item(title: "Hotline numbers");
        await using (var session = await Store.BeginWriteAsync())
        {
            await session.Content.CreateAsync(first, [], Doc("Safety plan draft", body: "An early outline about packing a bag."));
            await session.Content.PublishAsync(first.ContentItemId, first.ContentItemVersionId, Build.Tick());
            await session.Search.PutDocumentAsync(first.ContentItemVersionId, Doc("Safety plan draft", body: "An outline about documents to keep."));
            await session.Content.AddVersionAsync(second, [], Doc("Safety plan", body: "A plan for leaving: documents, money, a hotline."));
            await session.Content.PublishAsync(second.ContentItemId, second.ContentItemVersionId, Build.Tick());
            await session.Content.CreateAsync(other, [], Doc("Hotline numbers", body: "Call a helpline."));

            await session.CommitAsync();
        }

        Assert.Empty((await SearchAsync("packing OR outline", SearchScope.Public)).Hits);
        Assert.Empty((await SearchAsync("packing OR outline", SearchScope.Editorial)).Hits);
        Assert.Equal(["Safety plan"], await FindAsync("hotline"));
        Assert.Equal(["Hotline numbers", "Safety plan"], (await FindAsync("hotline", SearchScope.Editorial)).Order());
        Assert.Equal(new SearchIndexCounts(1, 2, 0, 2), await ReadAsync(s => s.Search.CountAsync()));
        var before = Describe(await SearchAsync("plan OR hotline OR helpline", SearchScope.Editorial));
        await WriteAsync(s => s.Search.RebuildAsync());
        Assert.Equal(before, Describe(await SearchAsync("plan OR hotline OR helpline", SearchScope.Editorial)));
    }

    [Fact]
    public async Task Should_not_find_a_version_when_it_was_written_without_a_search_document()
    {
        var item = await PublishAsync(await CreateAsync(Build.Item(title: "Unsearchable")));

        Assert.Empty((await SearchAsync("unsearchable")).Hits);
        Assert.Equal(new SearchIndexCounts(0, 0, 1, 0), await ReadAsync(s => s.Search.CountAsync()));
        Assert.NotNull(item);
    }

    [Fact]
    public async Task Should_search_the_replacement_when_a_stored_document_is_replaced()
    {
        var live = await PublishAsync(await CreateSearchableAsync(Doc("Old title", topics: ["old-topic"])));

        await WriteAsync(s => s.Search.PutDocumentAsync(live.ContentItemVersionId, Doc("Renamed title", topics: ["new-topic"])));

        Assert.Empty((await SearchAsync("old")).Hits);
        var page = await SearchAsync("renamed");
        Assert.Single(page.Hits);
        Assert.Equal("new-topic", Assert.Single(page.Topics!).Value);
    }

    [Fact]
    public async Task Should_answer_every_search_identically_when_the_index_is_rebuilt()
    {
        await WriteHistoryAsync();
        string[] queries = ["hotline", "leave OR stay", "\"no contact\"", "bond*", "abuse -physical", "contact"];
        var before = new List<string>();
        foreach (var scope in new[] { SearchScope.Public, SearchScope.Editorial })
        {
            foreach (var query in queries)
            {
                before.Add(Describe(await SearchAsync(query, scope)));
            }
        }

        var counts = await WriteAndReturnAsync(s => s.Search.RebuildAsync());
        await Node.CatchUpAsync();

        var after = new List<string>();
        foreach (var scope in new[] { SearchScope.Public, SearchScope.Editorial })
        {
            foreach (var query in queries)
            {
                after.Add(Describe(await SearchAsync(query, scope)));
            }
        }

        Assert.Equal(before, after);
        Assert.Equal(new SearchIndexCounts(4, 6, 0, 7), counts);
    }

    [Fact]
    public async Task Should_converge_to_what_a_rebuild_gives_when_a_node_restarts_after_losing_uncommitted_changes()
    {
        await WriteHistoryAsync();
        await Node.CatchUpAsync();
        await CloseNodeAsync();
        var committed = Path.Combine(Path.GetTempPath(), "tbcms-tests", "crash-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(IndexPath, committed);
        await SeedCorpusAsync();
        await Node.CatchUpAsync();
        await CloseNodeAsync();

        // The crash: the folder as it was at the last commit, before the corpus was applied.
        Directory.Delete(IndexPath, recursive: true);
        CopyDirectory(committed, IndexPath);
        Directory.Delete(committed, recursive: true);
        var afterRestart = await AnswersAsync();
        await Node.RebuildAsync();
        var afterRebuild = await AnswersAsync();

        Assert.Equal(afterRebuild, afterRestart);
        Assert.Contains("Gaslighting explained", await FindAsync("gaslighting"));
    }

    [Fact]
    public async Task Should_rebuild_when_the_index_is_unreadable()
    {
        await SeedCorpusAsync();
        await Node.CatchUpAsync();
        await CloseNodeAsync();
        foreach (var file in Directory.EnumerateFiles(IndexPath))
        {
            await File.WriteAllBytesAsync(file, [1, 2, 3]);
        }

        var titles = await FindAsync("gaslighting");

        Assert.Equal(["Gaslighting explained"], titles);
    }

    [Fact]
    public async Task Should_rebuild_when_the_index_is_older_than_the_pruned_log()
    {
        await SeedCorpusAsync();
        await Node.CatchUpAsync();
        await CloseNodeAsync();
        await PublishAsync(await CreateSearchableAsync(Doc("Written while the node was down")));

        var pruned = await WriteAndReturnAsync(s => s.Search.PruneChangesAsync(DateTimeOffset.UtcNow.AddMinutes(1)));

        Assert.True(pruned > 0);
        Assert.Empty((await ReadAsync(s => s.Search.GetChangesAsync(0, 100))).Changes);
        Assert.Equal(["Written while the node was down"], await FindAsync("written"));
        Assert.Equal(6, (await SearchAsync(AllCorpus)).Total);
    }

    // Every answer of both scopes to a set of queries.
    private async Task<List<string>> AnswersAsync()
    {
        var answers = new List<string>();
        foreach (var scope in new[] { SearchScope.Public, SearchScope.Editorial })
        {
            foreach (var query in new[] { "hotline", "leave OR stay", "\"no contact\"", "bond*", "abuse -physical", "contact", AllCorpus })
            {
                answers.Add(Describe(await SearchAsync(query, scope)));
            }
        }

        return answers;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Should_keep_only_a_count_until_a_zero_result_query_is_frequent_enough()
    {
        for (var i = 0; i < 2; i++)
        {
            await WriteAsync(s => s.Search.RecordZeroResultAsync("key-1", "rare words", revealAt: 3));
        }

        var hidden = await ReadAsync(s => s.Search.GetZeroResultQueriesAsync(1, 10));
        var storedText = await Database.ScalarRawAsync("SELECT COUNT(*) FROM search_zero_results WHERE query_text IS NOT NULL");
        await WriteAsync(s => s.Search.RecordZeroResultAsync("key-1", "rare words", revealAt: 3));
        var shown = await ReadAsync(s => s.Search.GetZeroResultQueriesAsync(3, 10));

        Assert.Empty(hidden);
        Assert.Equal(0, storedText);
        Assert.Equal(new ZeroResultQuery("rare words", 3), Assert.Single(shown));
        Assert.Empty(await ReadAsync(s => s.Search.GetZeroResultQueriesAsync(4, 10)));
    }
}
