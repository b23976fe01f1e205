using System.Data.Common;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// The append-only audit log: appends, filtered reads newest first, a database that refuses changes, the hash chain each
/// append extends (through entries written before the log was chained), and its signed heads.
/// </summary>
public abstract class AuditLogContract : StoreContract
{
    [Fact]
    public async Task Should_return_increasing_ids_when_entries_are_appended()
    {
        var ids = new List<long>();

        await WriteAsync(async s =>
        {
            for (var i = 0; i < 3; i++)
            {
                ids.Add(await s.Audit.AppendAsync(Entry(AuditActions.SignInSucceeded)));
            }
        });
        await WriteAsync(async s => ids.Add(await s.Audit.AppendAsync(Entry(AuditActions.SignInFailed))));

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Should_keep_every_field_when_an_entry_is_read_back()
    {
        var entry = Entry(AuditActions.ContentPublished, actor: "reviewer") with
        {
            ContentItemId = "item-1",
            ContentItemVersionId = "version-1",
            ContentHash = "sha256:00ff",
            FromStatus = "Approved",
            ToStatus = "Published",
            Reason = "Reviewed against DSM-5-TR",
            Details = "{\"scheduled\":false}",
        };
        var id = (await AppendAsync(entry))[0];

        var read = Assert.Single(await QueryAsync(new AuditQuery()));

        Assert.Equal(entry with { Id = id, OccurredUtc = AuditChain.Truncate(entry.OccurredUtc), PreviousHash = AuditChain.Genesis, EntryHash = read.EntryHash }, read);
        Assert.Equal(AuditChain.Next(AuditChain.Genesis, read), read.EntryHash);
    }

    [Fact]
    public async Task Should_return_newest_first_when_querying()
    {
        var ids = await AppendAsync(Entry("a"), Entry("b"), Entry("c"));

        var entries = await QueryAsync(new AuditQuery());

        Assert.Equal(Enumerable.Reverse(ids), entries.Select(e => e.Id));
    }

    [Fact]
    public async Task Should_return_only_matching_entries_when_filtering_by_item_actor_and_action()
    {
        var ids = await AppendAsync(
            Entry(AuditActions.ContentCreated, actor: "alice") with { ContentItemId = "item-1" },
            Entry(AuditActions.ContentUpdated, actor: "alice") with { ContentItemId = "item-1" },
            Entry(AuditActions.ContentCreated, actor: "bob") with { ContentItemId = "item-2" },
            Entry(AuditActions.SignInFailed, actor: "alice"));

        var byItem = await QueryAsync(new AuditQuery { ContentItemId = "item-1" });
        var byActor = await QueryAsync(new AuditQuery { Actor = "alice" });
        var byAction = await QueryAsync(new AuditQuery { Action = AuditActions.ContentCreated });
        var combined = await QueryAsync(new AuditQuery { Actor = "alice", Action = AuditActions.ContentCreated, ContentItemId = "item-1" });

        Assert.Equal(new[] { ids[1], ids[0] }, byItem.Select(e => e.Id));
        Assert.Equal(new[] { ids[3], ids[1], ids[0] }, byActor.Select(e => e.Id));
        Assert.Equal(new[] { ids[2], ids[0] }, byAction.Select(e => e.Id));
        Assert.Equal(new[] { ids[0] }, combined.Select(e => e.Id));
    }

    [Fact]
    public async Task Should_include_the_start_and_exclude_the_end_when_filtering_by_time()
    {
        var t = ContentBuilder.Start;
        var ids = await AppendAsync(Entry("a", at: t), Entry("b", at: t.AddMinutes(1)), Entry("c", at: t.AddMinutes(2)), Entry("d", at: t.AddMinutes(3)));

        var entries = await QueryAsync(new AuditQuery { FromUtc = t.AddMinutes(1), ToUtc = t.AddMinutes(3) });

        Assert.Equal(new[] { ids[2], ids[1] }, entries.Select(e => e.Id));
    }

    [Fact]
    public async Task Should_page_back_in_time_when_before_id_and_limit_are_given()
    {
        var ids = await AppendAsync(Entry("a"), Entry("b"), Entry("c"), Entry("d"), Entry("e"));

        var firstPage = await QueryAsync(new AuditQuery { Limit = 2 });
        var secondPage = await QueryAsync(new AuditQuery { Limit = 2, BeforeId = firstPage[^1].Id });

        Assert.Equal(new[] { ids[4], ids[3] }, firstPage.Select(e => e.Id));
        Assert.Equal(new[] { ids[2], ids[1] }, secondPage.Select(e => e.Id));
    }

    [Fact]
    public async Task Should_refuse_the_change_when_an_entry_is_updated_directly()
    {
        var id = (await AppendAsync(Entry(AuditActions.ContentPublished, actor: "reviewer")))[0];

        var update = () => Database.ExecuteRawAsync($"UPDATE audit_log SET actor = 'mallory' WHERE audit_id = {id}");

        var error = await Assert.ThrowsAnyAsync<DbException>(update);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("reviewer", Assert.Single(await QueryAsync(new AuditQuery())).Actor);
    }

    [Fact]
    public async Task Should_refuse_the_deletion_when_an_entry_is_deleted_directly()
    {
        var id = (await AppendAsync(Entry(AuditActions.ContentDeleted)))[0];

        var delete = () => Database.ExecuteRawAsync($"DELETE FROM audit_log WHERE audit_id = {id}");

        var error = await Assert.ThrowsAnyAsync<DbException>(delete);
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(await QueryAsync(new AuditQuery())).Id);
    }

    [Fact]
    public async Task Should_link_each_entry_to_the_one_before_when_entries_are_appended_across_sessions()
    {
        await AppendAsync(Entry("a"), Entry("b"));
        await AppendAsync(Entry("c"));

        var entries = await ReadAsync(s => s.Audit.ReadForwardAsync(0, 100));

        Assert.Equal(["a", "b", "c"], entries.Select(e => e.Action));
        var running = AuditChain.Genesis;
        foreach (var entry in entries)
        {
            Assert.Equal(running, entry.PreviousHash);
            Assert.Equal(AuditChain.Next(running, entry), entry.EntryHash);
            running = entry.EntryHash!;
        }

        Assert.Equal((entries[^1].Id, running), await ReadAsync(s => s.Audit.GetLastAsync()));
    }

    [Fact]
    public async Task Should_chain_through_entries_written_before_the_chain_when_appending_after_them()
    {
        // Entries as the log held them before it was chained: no hashes.
        var t = ContentBuilder.Start;
        await Database.ExecuteRawAsync($"INSERT INTO audit_log (occurred_utc, actor, action) VALUES ({Literal(t)}, 'old.editor', 'legacy.one'), ({Literal(t.AddMinutes(1))}, NULL, 'legacy.two')");

        await AppendAsync(Entry("chained"));

        var entries = await ReadAsync(s => s.Audit.ReadForwardAsync(0, 100));
        var throughLegacy = AuditChain.Next(AuditChain.Next(AuditChain.Genesis, entries[0]), entries[1]);
        Assert.Equal([null, null], entries.Take(2).Select(e => e.EntryHash));
        Assert.Equal(throughLegacy, entries[2].PreviousHash);
        Assert.Equal(AuditChain.Next(throughLegacy, entries[2]), entries[2].EntryHash);
    }

    [Fact]
    public async Task Should_keep_signed_heads_in_sequence_order_and_refuse_changing_them()
    {
        await WriteAsync(async s =>
        {
            await s.Audit.AddHeadAsync(new AuditHead(12, "sha256:12", ContentBuilder.Start, "tbk-1", "sig-12"));
            await s.Audit.AddHeadAsync(new AuditHead(5, "sha256:05", ContentBuilder.Start.AddMinutes(-5), "tbk-1", "sig-05"));
        });

        var heads = await ReadAsync(s => s.Audit.GetHeadsAsync(0, 10));
        var latest = await ReadAsync(s => s.Audit.GetLatestHeadAsync());
        var after = await ReadAsync(s => s.Audit.GetHeadsAsync(5, 10));
        var delete = () => Database.ExecuteRawAsync("DELETE FROM audit_heads WHERE sequence = 5");

        Assert.Equal([5L, 12L], heads.Select(h => h.Sequence));
        Assert.Equal(new AuditHead(12, "sha256:12", ContentBuilder.Start, "tbk-1", "sig-12"), latest);
        Assert.Equal([12L], after.Select(h => h.Sequence));
        Assert.Contains("append-only", (await Assert.ThrowsAnyAsync<DbException>(delete)).Message, StringComparison.Ordinal);
    }

    // A time literal both engines read back exactly (SQLite's stored form; PostgreSQL parses it).
    private static string Literal(DateTimeOffset time) => $"'{time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture)}'";

    private AuditEntry Entry(string action, string? actor = "editor", DateTimeOffset? at = null) =>
        new() { OccurredUtc = at ?? Build.Tick(), Actor = actor, Action = action };

    private async Task<long[]> AppendAsync(params AuditEntry[] entries)
    {
        var ids = new long[entries.Length];
        await WriteAsync(async s =>
        {
            for (var i = 0; i < entries.Length; i++)
            {
                ids[i] = await s.Audit.AppendAsync(entries[i]);
            }
        });
        return ids;
    }

    private Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query) => ReadAsync(s => s.Audit.QueryAsync(query));
}
