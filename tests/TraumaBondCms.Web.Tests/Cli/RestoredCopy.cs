using TraumaBondCms.Web.Cli;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Cli;

/// <summary>
/// What a restored copy must still prove after <c>restore</c>: its data folder's heads file holds every signed head written
/// beside the backup, and tampering with the copy afterwards (a published answer edited in place, an audit row deleted with
/// the append-only trigger dropped) is caught by <c>verify</c> as it would be on the original.
/// </summary>
internal static class RestoredCopy
{
    /// <summary>Asserts that the heads file beside <paramref name="backupFile"/> was taken into <paramref name="targetData"/>'s heads file.</summary>
    public static void AssertHeadsRestored(string backupFile, string targetData, CliProcess.Result restore)
    {
        var written = Lines(BackupCommands.HeadsOf(backupFile));
        var restored = Lines(Path.Combine(targetData, "audit-heads.jsonl"));

        Assert.Contains($"{written.Count} signed audit heads of the backup added to", restore.Output);
        Assert.NotEmpty(written);
        Assert.All(written, head => Assert.Contains(head, restored));
    }

    /// <summary>
    /// Changes the restored database behind the CMS's back with <paramref name="execute"/> (engine SQL run as the database's
    /// owner would), then runs <paramref name="verify"/> and asserts it fails on both: the edited answer is withheld and the
    /// chain breaks at the entry after the deleted one.
    /// </summary>
    public static async Task AssertTamperingDetectedAsync(Func<string, Task> execute, string dropAuditTriggers, ClinicScenario scenario, Func<Task<CliProcess.Result>> verify)
    {
        await execute($"UPDATE content_versions SET fields = REPLACE(fields, 'free and confidential', 'free, recorded and shared') WHERE content_item_id = '{scenario.PublishedId}'");
        await execute(dropAuditTriggers);
        await execute("DELETE FROM audit_log WHERE audit_id = (SELECT audit_id FROM audit_log ORDER BY audit_id LIMIT 1 OFFSET 5)");

        var result = await verify();

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains($"Withheld: Faq {scenario.PublishedId}", result.Output);
        Assert.Contains("its fields were changed outside the CMS", result.Output);
        Assert.Contains("First break: [audit-chain] Entry ", result.Output);
        Assert.Contains("does not follow the entry before it", result.Output);
    }

    private static List<string> Lines(string path) => [.. File.ReadAllLines(path).Where(l => l.Length > 0)];
}
