using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Integrity;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Tests.Governance;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Integrity;

/// <summary>
/// What someone with the database in hand (but not the signing key file, nor the heads file outside the database) can do,
/// done with SQL on the engine itself, and what the CMS makes of it: a published version's fields edited in place is withheld
/// at the next read and named by <c>verify</c>; a back-dated approval fails its signature; audit rows deleted (with the
/// trigger dropped), even with the chain rewritten and the heads in the database deleted too, break against the signed heads
/// in the file; a clean database verifies; a key rotation keeps older approvals verifying. <c>verify</c> runs as the real
/// command line. Run on each engine (<see cref="SqliteTamperEvidenceTests"/>, <see cref="PostgresTamperEvidenceTests"/>).
/// </summary>
public abstract class TamperEvidenceTests : IAsyncLifetime
{
    private const string Answer = "Yes. You can call the hotline from any phone, any time, and you do not have to give your name.";

    private TransferInstance _instance = null!;

    /// <summary>The instance under test.</summary>
    protected CmsTestHost Host => _instance.Host;

    public async Task InitializeAsync() => _instance = await StartInstanceAsync();

    public async Task DisposeAsync() => await _instance.Owner.DisposeAsync();

    /// <summary>Starts one instance with a database and signing key of its own.</summary>
    protected abstract Task<TransferInstance> StartInstanceAsync();

    /// <summary>Runs <paramref name="sql"/> on the instance's database directly, as its owner would.</summary>
    protected abstract Task ExecuteAsync(string sql);

    /// <summary>The engine's SQL literal for <paramref name="time"/> as the CMS stores times.</summary>
    protected abstract string TimeLiteral(DateTimeOffset time);

    /// <summary>The SQL that drops the append-only triggers of the audit log and of its heads.</summary>
    protected abstract string DropAuditTriggers { get; }

    /// <summary>The SQL that drops the append-only triggers of the resource verifications.</summary>
    protected abstract string DropVerificationTriggers { get; }

    [Fact]
    public async Task Should_withhold_an_edited_published_version_at_the_next_read_and_name_it_in_verify()
    {
        var (id, versionId) = await PublishedFaqAsync("Can I call the hotline from any phone?");
        using var reader = Host.Anonymous();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{id}"));
        var before = await GraphQLAnswerAsync(reader, id, "before");

        await ExecuteAsync($"UPDATE content_versions SET fields = REPLACE(fields, 'any phone, any time', 'a phone your partner cannot check, after 9 pm') WHERE content_item_version_id = '{versionId}'");
        var rest = await reader.GetAsync($"/api/content/{id}");
        var graphQL = await GraphQLAnswerAsync(reader, id, "after");
        var listed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/api/content?type=Faq&first=500"));
        var verify = await _instance.RunAsync("verify");

        Assert.Equal(Answer, before);
        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
        Assert.Null(graphQL);
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("contentItemId").GetString() == id);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"Withheld: Faq {id}", verify.Output);
        Assert.Contains("its fields were changed outside the CMS", verify.Output);
    }

    [Fact]
    public async Task Should_fail_verify_on_the_signature_when_an_approval_is_back_dated()
    {
        var (id, _) = await PublishedFaqAsync("Does the hotline record calls?");
        var approvalId = (await ApprovalsAsync(id))[0].GetProperty("approvalId").GetString();

        await ExecuteAsync($"UPDATE approvals SET signed_utc = {TimeLiteral(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero))} WHERE approval_id = '{approvalId}'");
        var verify = await _instance.RunAsync("verify");
        using var reader = Host.Anonymous();
        var served = await reader.GetAsync($"/api/content/{id}");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"Approval {approvalId} of {id}", verify.Output);
        Assert.Contains("(it says signed 2025-01-06 09:00:00 UTC) does not verify: it was changed after signing, for example back-dated", verify.Output);
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    [Fact]
    public async Task Should_find_the_break_when_audit_rows_are_deleted_with_the_trigger_dropped()
    {
        var (id, _) = await PublishedFaqAsync("Will they know I called?");
        await SignHeadAsync();
        var entries = await EntriesAsync();
        var approvalEntry = entries.Last(e => e.Action == AuditActions.ApprovalSigned && e.ContentItemId == id);
        var next = entries.First(e => e.Id > approvalEntry.Id);

        await ExecuteAsync(DropAuditTriggers);
        await ExecuteAsync($"DELETE FROM audit_log WHERE audit_id = {approvalEntry.Id}");
        var verify = await _instance.RunAsync("verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains($"First break: [audit-chain] Entry {next.Id} ({next.Action}, {AuditChainCheck.Time(next.OccurredUtc)}) does not follow the entry before it", verify.Output);
    }

    [Fact]
    public async Task Should_find_the_break_against_the_signed_heads_outside_the_database_when_the_chain_is_rewritten()
    {
        var (id, _) = await PublishedFaqAsync("Can I hide that I visited this site?");
        (await Host.AdminAsync()).Dispose(); // one more entry, about something else, for the head to cover
        var head = await SignHeadAsync();
        var entries = await EntriesAsync();
        var removed = entries.Where(e => e.ContentItemId == id && e.Id <= head.Sequence).Select(e => e.Id).ToHashSet();

        // The attacker removes every entry about the item, recomputes the chain after them (the algorithm is public: SHA-256)
        // so that it is whole again, and deletes the heads in the database, which they cannot sign anew.
        await ExecuteAsync(DropAuditTriggers);
        await ExecuteAsync($"DELETE FROM audit_log WHERE audit_id IN ({string.Join(", ", removed)})");
        var running = AuditChain.Genesis;
        foreach (var entry in entries.Where(e => !removed.Contains(e.Id)))
        {
            var hash = AuditChain.Next(running, entry);
            if (entry.Id > removed.Min())
            {
                await ExecuteAsync($"UPDATE audit_log SET previous_hash = '{running}', entry_hash = '{hash}' WHERE audit_id = {entry.Id}");
            }

            running = hash;
        }

        await ExecuteAsync("DELETE FROM audit_heads");
        var verify = await _instance.RunAsync("verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.DoesNotContain("does not follow the entry before it", verify.Output);
        Assert.Contains($"The signed head of entry {head.Sequence} ({AuditChainCheck.Time(head.SignedUtc)}) in the file outside the database is missing from the database: heads were deleted.", verify.Output);
        Assert.Contains($"The signed head of entry {head.Sequence} ({AuditChainCheck.Time(head.SignedUtc)}, in the file) does not match the log", verify.Output);
    }

    [Fact]
    public async Task Should_fail_verify_on_a_crisis_resource_verification_changed_after_signing()
    {
        await ExecuteAsync(DropVerificationTriggers);

        await ExecuteAsync("UPDATE resource_verifications SET channels = REPLACE(channels, '1-800-799-7233', '1-800-799-7234')");
        var verify = await _instance.RunAsync("verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("[verifications] The verification ", verify.Output);
        Assert.Contains("does not verify: it was changed after signing, or forged.", verify.Output);
    }

    [Fact]
    public async Task Should_verify_a_clean_database_against_its_heads_inside_and_outside_the_database()
    {
        await PublishedFaqAsync("Is the chat anonymous?");
        await SignHeadAsync();
        using var admin = await Host.AdminAsync();

        var verify = await _instance.RunAsync("verify");
        var api = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/integrity"));

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("Result: everything verifies.", verify.Output);
        Assert.True(api.GetProperty("passed").GetBoolean(), api.ToString());
        Assert.True(api.GetProperty("fileHeadsChecked").GetInt32() > 0, api.ToString());
        Assert.True(api.GetProperty("approvalsChecked").GetInt32() > 0, api.ToString());
        Assert.True(api.GetProperty("publishedChecked").GetInt32() > 0, api.ToString());
    }

    [Fact]
    public async Task Should_keep_approvals_signed_before_a_key_rotation_verifying()
    {
        var (older, _) = await PublishedFaqAsync("Can I get help in Spanish?");
        var oldKey = Host.Services.GetRequiredService<ServerSigningKeys>().Ring.Current.KeyId;
        var newKey = Host.Services.GetRequiredService<ServerSigningKeys>().Rotate().Current.KeyId;
        var (newer, _) = await PublishedFaqAsync("Can a friend call for me?");
        using var reader = Host.Anonymous();

        var verify = await _instance.RunAsync("verify");
        var keys = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync("/.well-known/tbcms-signing-keys"));

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(oldKey, (await ApprovalsAsync(older))[0].GetProperty("signingKeyId").GetString());
        Assert.Equal(newKey, (await ApprovalsAsync(newer))[0].GetProperty("signingKeyId").GetString());
        Assert.Equal(new[] { oldKey, newKey }.Order(StringComparer.Ordinal), keys.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!).Order(StringComparer.Ordinal));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{older}"));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.GetAsync($"/api/content/{newer}"));
    }

    private Task<(string Id, string VersionId)> PublishedFaqAsync(string question) => Host.PublishFaqAsync(question, Answer);

    private async Task<JsonElement> ApprovalsAsync(string id)
    {
        using var admin = await Host.AdminAsync();
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{id}/approvals"));
    }

    // The FAQ's answer as anonymous GraphQL serves it; null when nothing is served. The label makes each document new, so no
    // cached response answers it.
    private static async Task<string?> GraphQLAnswerAsync(HttpClient reader, string id, string label)
    {
        var response = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.PostAsJsonAsync("/api/graphql", new { query = $"query {label} {{ faq(id: \"{id}\") {{ answer {{ markdown }} }} }}" }));
        return response.GetProperty("data").GetProperty("faq") is { ValueKind: JsonValueKind.Object } faq ? faq.GetProperty("answer").GetProperty("markdown").GetString() : null;
    }

    // A head of the chain as it stands, in the database and the file: signed now as the server's background signer would, or
    // the one it signed a moment ago.
    private async Task<AuditHead> SignHeadAsync()
    {
        if (await Host.Services.GetRequiredService<AuditHeadSigner>().SignIfDueAsync(force: true, CancellationToken.None) is { } signed)
        {
            return signed;
        }

        await using var session = await Host.Store.OpenAuditReadAsync();
        return await session.Audit.GetLatestHeadAsync() ?? throw new InvalidOperationException("No head was signed.");
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var session = await Host.Store.OpenAuditReadAsync();
        var entries = new List<AuditEntry>();
        for (var after = 0L; ;)
        {
            var page = await session.Audit.ReadForwardAsync(after, 5_000);
            if (page.Count == 0)
            {
                return entries;
            }

            entries.AddRange(page);
            after = page[^1].Id;
        }
    }
}
