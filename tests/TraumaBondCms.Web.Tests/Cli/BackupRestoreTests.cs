using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Integrity;
using static TraumaBondCms.Web.Tests.Search.SearchApi;

namespace TraumaBondCms.Web.Tests.Cli;

/// <summary>
/// <c>backup</c> while the CMS serves, then <c>restore</c> into an empty database, both run as the real executable, on
/// SQLite and PostgreSQL (pg_dump and the logical export): the restored instance serves the same content and holds the same
/// audit log, approvals and users, and its search finds the restored content (each node's Lucene index is rebuilt from the
/// restored database, never carried over), and <c>verify</c> passes on the copy: its audit chain against the signed heads the
/// backup wrote beside it, and every signature with the keys of the instance it came from (the data folder's <c>keys/</c>,
/// backed up apart from the database, as an operator does), with the signed heads taken into the copy's heads file; and
/// tampering with the copy afterwards is caught by <c>verify</c> (<see cref="RestoredCopy"/>).
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Should_serve_the_same_content_and_audit_log_and_verify_when_a_sqlite_backup_is_restored_into_a_new_data_folder()
    {
        using var source = new CmsTestHost();
        var scenario = await ClinicScenario.RunAsync(source);
        var before = await InstanceRecord.ReadAsync(source, scenario);
        var file = Path.Combine(source.DataPath, "backups", "cms.db");
        var target = CmsTestHost.NewDataPath();

        var backup = await CliProcess.RunAsync(source.DataPath, null, "backup", file);
        CopyKeys(source.DataPath, target);
        var restore = await CliProcess.RunAsync(target, null, "restore", file);
        var verify = await CliProcess.RunAsync(target, null, "verify");
        using var restored = new CmsTestHost(dataPath: target);

        Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
        Assert.Contains("(SQLite online backup)", backup.Output);
        Assert.True(File.Exists(file + ".audit-heads.jsonl"), backup.Output);
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        RestoredCopy.AssertHeadsRestored(file, target, restore);
        AssertVerified(verify);
        await InstanceRecord.AssertRestoredAsync(before, restored, scenario);
        await RestoredCopy.AssertTamperingDetectedAsync(
            sql => SqliteTamperEvidenceTests.ExecuteAsync(target, sql), SqliteTamperEvidenceTests.DropAuditTriggersSql, scenario, () => CliProcess.RunAsync(target, null, "verify"));
    }

    [Fact]
    public async Task Should_serve_the_same_content_and_audit_log_and_verify_when_a_pg_dump_backup_is_restored_into_a_new_database()
    {
        await using var source = await PostgresCluster.StartAsync(nodes: 1);
        var tools = $"--Cms:Backup:PostgresToolsPath={source.Server.BinariesPath}";

        var trip = await RoundTripAsync(source, ["--Cms:Backup:Method=PgDump", tools], [tools]);
        await using var _ = trip.Restored;

        AssertVerified(trip.Verify);
        Assert.Contains("(pg_dump (custom format", trip.Backup.Output);
        Assert.Contains("(pg_restore of a pg_dump backup)", trip.Restore.Output);
        await InstanceRecord.AssertRestoredAsync(trip.Before, trip.Restored.Nodes[0], trip.Scenario);
        await AssertTamperingDetectedAsync(trip);
    }

    [Fact]
    public async Task Should_serve_the_same_content_and_audit_log_and_verify_when_a_logical_export_is_restored_because_pg_dump_is_absent()
    {
        await using var source = await PostgresCluster.StartAsync(nodes: 1);
        var nowhere = $"--Cms:Backup:PostgresToolsPath={Path.Combine(Path.GetTempPath(), "no-pg-tools-here")}";

        var trip = await RoundTripAsync(source, [nowhere], [nowhere]);
        await using var _ = trip.Restored;

        AssertVerified(trip.Verify);
        Assert.Contains("(logical export of ", trip.Backup.Output);
        Assert.Contains("(no pg_dump found)", trip.Backup.Output);
        Assert.Contains("(logical export, ", trip.Restore.Output);
        await InstanceRecord.AssertRestoredAsync(trip.Before, trip.Restored.Nodes[0], trip.Scenario);
        await AssertTamperingDetectedAsync(trip);
    }

    [Fact]
    public async Task Should_search_only_the_restored_content_when_the_data_folder_kept_a_search_index_of_another_database()
    {
        using var source = new CmsTestHost();
        var scenario = await ClinicScenario.RunAsync(source);
        var file = Path.Combine(source.DataPath, "backups", "cms.db");
        await CliProcess.RunAsync(source.DataPath, null, "backup", file);
        string target;
        string staleId;
        using (var old = new CmsTestHost { KeepData = true })
        {
            target = old.DataPath;
            using var admin = await old.AdminAsync();
            using var probe = old.Anonymous();
            var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "Stalewort", description = "Only in the database that is replaced." })));
            staleId = created.GetProperty("contentItemId").GetString()!;
            await old.PublishThroughReviewAsync(admin, staleId);
            Assert.Equal([staleId], Ids(await SearchAsync(probe, "stalewort")));
        }

        // The operator removes the database but not the search index beside it, then restores. (Pooled connections of this
        // test process would keep reading the removed file; a server started afresh has none.)
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var database in Directory.EnumerateFiles(target, "cms.db*"))
        {
            File.Delete(database);
        }

        CopyKeys(source.DataPath, target);
        var restore = await CliProcess.RunAsync(target, null, "restore", file);
        using var restored = new CmsTestHost(dataPath: target);
        using var reader = restored.Anonymous();
        var stale = await SearchAsync(reader, "stalewort");
        var answers = await AnswersAsync(reader, scenario);
        await restored.Services.GetRequiredService<SearchIndexNode>().RebuildAsync();
        var rebuilt = await AnswersAsync(reader, scenario);

        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        Assert.Equal(0, stale.GetProperty("total").GetInt32());
        Assert.DoesNotContain(staleId, AllIds(stale));
        Assert.Equal(rebuilt, answers);
        Assert.Contains(scenario.PublishedId, answers[0]);
        Assert.Contains("Search rebuilt in", restore.Output);
    }

    // Totals, facets and hits of a few searches (scores left out: a rebuilt index has other statistics).
    private static async Task<List<string>> AnswersAsync(HttpClient reader, ClinicScenario scenario)
    {
        var answers = new List<string>();
        foreach (var query in new[] { scenario.ContentWord, "hotline", "abuse", "no contact", "stalewort" })
        {
            var result = await SearchAsync(reader, query, "&first=50");
            answers.Add($"{query}: total={result.GetProperty("total").GetInt32()} {string.Join(",", Facets(result, "contentTypes"))} {string.Join("|", AllIds(result))}");
        }

        return answers;
    }

    [Fact]
    public async Task Should_refuse_and_change_nothing_when_restoring_into_a_database_that_is_not_empty()
    {
        using var host = new CmsTestHost();
        var file = Path.Combine(host.DataPath, "backups", "cms.db");
        await CliProcess.RunAsync(host.DataPath, null, "backup", file);
        var before = DatabaseSnapshot.Take(host.DataPath);

        var restore = await CliProcess.RunAsync(host.DataPath, null, "restore", file);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("already holds", restore.Error);
        DatabaseSnapshot.Take(host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_a_file_that_is_not_a_backup_of_the_configured_engine_and_leave_the_database_empty()
    {
        var target = CmsTestHost.NewDataPath();
        var notBackup = Path.Combine(Path.GetTempPath(), $"tbcms-not-a-backup-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(notBackup, "PGDMP pretending to be a dump");
        try
        {
            var restore = await CliProcess.RunAsync(target, null, "restore", notBackup);

            Assert.Equal(1, restore.ExitCode);
            Assert.Contains("PostgreSQL backup", restore.Error);
            Assert.False(File.Exists(Path.Combine(target, "cms.db")) && new FileInfo(Path.Combine(target, "cms.db")).Length > 0);
        }
        finally
        {
            File.Delete(notBackup);
            CmsTestHost.DeleteData(target);
        }
    }

    // The restored instance needs the signing keys of the one it came from: the operator copies the data folder's keys/.
    private static void CopyKeys(string from, string to)
    {
        var keys = Path.Combine(to, "keys");
        Directory.CreateDirectory(keys);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(from, "keys")))
        {
            File.Copy(file, Path.Combine(keys, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static void AssertVerified(CliProcess.Result verify)
    {
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("Result: everything verifies.", verify.Output);
        Assert.Matches("against \\d+ signed heads in the database and [1-9]\\d* in ", verify.Output);
    }

    // Scenario, backup with the CLI while the node serves, restore into a new database with the CLI (and verify the copy there,
    // with the signed heads written beside the backup), start a node on it with the source's signing keys.
    private static async Task<RoundTrip> RoundTripAsync(PostgresCluster source, string[] backupOptions, string[] restoreOptions)
    {
        var scenario = await ClinicScenario.RunAsync(source.Nodes[0]);
        var before = await InstanceRecord.ReadAsync(source.Nodes[0], scenario);
        var file = Path.Combine(source.Nodes[0].DataPath, "backups", "cms.backup");
        var targetDatabase = "cms_restored_" + Guid.NewGuid().ToString("N")[..8];
        var targetConnection = source.Server.ConnectionString(targetDatabase);

        var backup = await CliProcess.RunAsync(source.Nodes[0].DataPath, null, ["backup", file, .. source.CommandLineSettings, .. backupOptions]);
        Assert.True(backup.ExitCode == 0, backup.Output + backup.Error);
        var targetData = CmsTestHost.NewDataPath();
        string[] target = ["--Cms:Database:Provider=Postgres", $"--ConnectionStrings:Cms={targetConnection}", $"--Cms:Signing:KeyPath={source.SigningKeyPath}"];
        var restore = await CliProcess.RunAsync(targetData, null, ["restore", file, .. target, .. restoreOptions]);
        var verify = await CliProcess.RunAsync(targetData, null, ["verify", .. target]);
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        RestoredCopy.AssertHeadsRestored(file, targetData, restore);
        var restored = await PostgresCluster.AttachAsync(source.Server, targetDatabase, signingKeyPath: source.SigningKeyPath);
        return new RoundTrip(backup, restore, verify, restored, before, scenario, targetData, target);
    }

    // Tampers with the restored database and runs verify from the restore's data folder (its heads file), then removes that folder.
    private static async Task AssertTamperingDetectedAsync(RoundTrip trip)
    {
        try
        {
            await RestoredCopy.AssertTamperingDetectedAsync(
                sql => PostgresTamperEvidenceTests.ExecuteAsync(trip.Restored.ConnectionString, sql), PostgresTamperEvidenceTests.DropAuditTriggersSql, trip.Scenario,
                () => CliProcess.RunAsync(trip.TargetData, null, ["verify", .. trip.TargetSettings]));
        }
        finally
        {
            CmsTestHost.DeleteData(trip.TargetData);
        }
    }

    private sealed record RoundTrip(
        CliProcess.Result Backup, CliProcess.Result Restore, CliProcess.Result Verify, PostgresCluster Restored, InstanceRecord Before, ClinicScenario Scenario, string TargetData, string[] TargetSettings);

    /// <summary>What a restore must bring back, read over the API: published content (REST and GraphQL), audit log, approvals, users.</summary>
    private sealed record InstanceRecord(string PublishedList, string GraphQL, List<string> Audit, string Approvals, List<string> Users)
    {
        private const string Query = "{ faqs(first: 50) { nodes { id question answer { markdown } } } resources(first: 50) { nodes { id name phone } } }";

        public static async Task<InstanceRecord> ReadAsync(CmsTestHost host, ClinicScenario scenario)
        {
            using var reader = host.Anonymous();
            using var admin = await host.AdminAsync();
            var published = await (await reader.GetAsync("/api/content?status=published&first=500")).Content.ReadAsStringAsync();
            var graphql = await (await reader.PostAsJsonAsync("/api/graphql", new { query = Query })).Content.ReadAsStringAsync();
            var approvals = await (await admin.GetAsync($"/api/content/{scenario.PublishedId}/approvals")).Content.ReadAsStringAsync();
            var users = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/users"))).EnumerateArray()
                .Select(u => $"{u.GetProperty("userName")} {u.GetProperty("roles")} {(u.TryGetProperty("email", out var e) ? e : default)} {(u.TryGetProperty("credential", out var c) ? c : default)}").Order().ToList();
            return new InstanceRecord(published, graphql, await AuditAsync(admin), approvals, users);
        }

        public static async Task AssertRestoredAsync(InstanceRecord before, CmsTestHost restored, ClinicScenario scenario)
        {
            var after = await ReadAsync(restored, scenario);
            Assert.Equal(before.PublishedList, after.PublishedList);
            Assert.Contains(scenario.PublishedId, after.PublishedList);
            Assert.Equal(before.GraphQL, after.GraphQL);
            Assert.Contains(scenario.ResourceId, after.GraphQL);
            Assert.Equal(before.Approvals, after.Approvals);
            Assert.Equal(before.Users, after.Users);
            // The restored log starts with the original, entry for entry; the sign-ins of this check may follow it.
            Assert.Equal(before.Audit, after.Audit.Take(before.Audit.Count));
            Assert.True(before.Audit.Count > 50, $"{before.Audit.Count} audit entries");

            // Search finds the restored content: the node's index was rebuilt from the restored database.
            using var reader = restored.Anonymous();
            Assert.Equal([scenario.PublishedId], Ids(await SearchAsync(reader, scenario.ContentWord)));

            // People sign in with their own passwords, and the restored database takes new writes after the old rows.
            using var reviewer = await restored.SignInAsync(scenario.ReviewerName, scenario.Secrets["reviewer password"]);
            using var admin = await restored.AdminAsync();
            await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Topic", new { title = "After the restore", description = "Written after a restore." })));
        }

        // Every entry, oldest first, as JSON text.
        private static async Task<List<string>> AuditAsync(HttpClient admin)
        {
            var entries = new List<string>();
            long? before = null;
            while (true)
            {
                var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/audit?limit=500{(before is { } b ? $"&before={b}" : "")}"));
                if (page.GetArrayLength() == 0)
                {
                    entries.Reverse();
                    return entries;
                }

                entries.AddRange(page.EnumerateArray().Select(e => e.GetRawText()));
                before = page[page.GetArrayLength() - 1].GetProperty("id").GetInt64();
            }
        }
    }
}
