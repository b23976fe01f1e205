using TraumaBondCms.Web.Integrity;

namespace TraumaBondCms.Web.Cli;

/// <summary>
/// <c>verify [--heads FILE]</c>: the integrity check (<see cref="IntegrityVerifier"/>) of the configured database, compared with
/// the signed heads in this data folder's heads file or <c>FILE</c>. Prints progress, then the report: what was checked, the
/// first break and every break listed, and the published versions readers are not served. Exit code 0 when everything
/// verifies, 1 on any break or withheld version. Read-only.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] options, TextWriter output)
    {
        var heads = options switch
        {
            [] => null,
            ["--heads", var file] => Path.GetFullPath(file),
            _ => throw new ArgumentException("verify takes only --heads FILE."),
        };
        await output.WriteLineAsync("Verifying the audit chain, published content, approvals and verifications...");
        var report = await services.GetRequiredService<IntegrityVerifier>().VerifyAsync(heads, line => output.WriteLine(line));
        await output.WriteLineAsync($"Audit log: {report.EntriesChecked:N0} entries checked ({report.EntriesBeforeChain:N0} from before the chain began), against {report.DatabaseHeadsChecked:N0} signed heads in the database and {report.FileHeadsChecked:N0} in {report.HeadsFile}.");
        await output.WriteLineAsync($"Published content: {report.PublishedChecked:N0} versions, hash recomputed and approval checked.");
        await output.WriteLineAsync($"Approvals: {report.ApprovalsChecked:N0} signatures checked ({report.SampleRecords:N0} sample records carry none).");
        await output.WriteLineAsync($"Resource verifications: {report.VerificationsChecked:N0} signatures checked ({report.UnsignedVerifications:N0} recorded before verifications were signed).");
        if (report.Passed)
        {
            await output.WriteLineAsync("Result: everything verifies.");
            return 0;
        }

        await output.WriteLineAsync($"Result: {report.BreakCount} breaks, {report.Withheld.Count} published versions withheld from readers.");
        await output.WriteLineAsync($"First break: [{report.FirstBreak!.Area}] {report.FirstBreak.Message}");
        foreach (var broken in report.Breaks.Skip(1))
        {
            await output.WriteLineAsync($"  [{broken.Area}] {broken.Message}");
        }

        foreach (var withheld in report.Withheld)
        {
            await output.WriteLineAsync($"Withheld: {withheld.ContentType} {withheld.ContentItemId} \"{withheld.DisplayText}\": {withheld.Problem}");
        }

        return 1;
    }
}
