using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// The integrity check behind the <c>verify</c> command, <c>GET /api/integrity</c> and the readiness detail. In one snapshot
/// of what the database holds (no cache, no guard): walks the audit chain against the signed heads in the database and in the
/// file outside it (<see cref="AuditChainCheck"/>); recomputes every published version's hash and checks its approval
/// (<see cref="PublishedVersionVerifier"/>); verifies every approval's signature, that the approvals an item's history names
/// are all there, and that the approvals the audit log records as signed (or voided) are there (and voided); and verifies
/// every resource verification's signature. Read-only. Thread-safe.
/// </summary>
public sealed class IntegrityVerifier(
    ICmsStore store, ContentDefinitionCache definitions, PublishedVersionVerifier published, ApprovalSignatures approvalSignatures, RecordSignatures records,
    ServerSigningKeys keys, AuditHeadFile headFile, TimeProvider clock)
{
    private const int Page = 500;

    /// <summary>Runs the check, comparing with the heads in <paramref name="headsFile"/> (this node's file when null); <paramref name="progress"/> hears of long walks.</summary>
    public async Task<IntegrityReport> VerifyAsync(string? headsFile = null, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = clock.GetUtcNow();
        var findings = new IntegrityFindings(progress);
        var path = headsFile ?? headFile.FilePath;
        // The file first, then the snapshot: every head in the file was committed before the snapshot starts, so a server
        // signing heads meanwhile never makes a head look beyond the log.
        var (fileHeads, damaged) = headFile.Read(path);
        await using var session = await store.OpenAuditReadAsync(cancellationToken);

        var databaseHeads = new List<Core.Audit.AuditHead>();
        for (var after = 0L; ;)
        {
            var heads = await session.Audit.GetHeadsAsync(after, 5_000, cancellationToken);
            if (heads.Count == 0)
            {
                break;
            }

            databaseHeads.AddRange(heads);
            after = heads[^1].Sequence;
        }

        foreach (var line in damaged)
        {
            findings.Break("audit-heads", $"The heads file is damaged: {line}.");
        }

        if (fileHeads.Count == 0 && databaseHeads.Count > 0)
        {
            findings.Break("audit-heads", $"The database holds {databaseHeads.Count} signed heads but the heads file outside it ({path}) holds none: the record outside the database is missing.");
        }

        var chain = new AuditChainCheck(records, findings);
        await chain.RunAsync(session, databaseHeads, fileHeads, cancellationToken);
        var (checkedVersions, withheld) = await CheckPublishedAsync(session, findings, cancellationToken);
        var (approvals, samples) = await CheckApprovalsAsync(session, chain, findings, cancellationToken);
        var (verifications, unsigned) = await CheckVerificationsAsync(session, findings, cancellationToken);
        foreach (var (scope, rules) in (await Search.RiskRules.RiskRuleStore.ReadAsync(session.Site, cancellationToken)).Scopes)
        {
            if (rules.Approved is { } approved && !records.Verify(approved))
            {
                findings.Break("risk-rules", $"The signed search risk rules of scope '{scope}' (version {approved.Version}, signed by {approved.SignedByDisplayName}) do not verify: they were changed after signing, or forged.");
            }
        }

        return new IntegrityReport
        {
            StartedUtc = started,
            FinishedUtc = clock.GetUtcNow(),
            EntriesChecked = chain.Entries,
            EntriesBeforeChain = chain.BeforeChain,
            DatabaseHeadsChecked = databaseHeads.Count,
            FileHeadsChecked = fileHeads.Count,
            HeadsFile = path,
            PublishedChecked = checkedVersions,
            ApprovalsChecked = approvals,
            SampleRecords = samples,
            VerificationsChecked = verifications,
            UnsignedVerifications = unsigned,
            Breaks = findings.Breaks,
            BreakCount = findings.BreakCount,
            Withheld = withheld,
        };
    }

    private async Task<(int Checked, List<WithheldVersion> Withheld)> CheckPublishedAsync(IStoreSession session, IntegrityFindings findings, CancellationToken cancellationToken)
    {
        var count = 0;
        var withheld = new List<WithheldVersion>();
        foreach (var type in definitions.Catalog.Types)
        {
            string? after = null;
            do
            {
                var page = await session.Content.QueryAsync(
                    new ContentQuery { ContentTypes = [type.Name], Status = ContentStatusFilter.Published, OrderBy = [new ContentOrder(ContentField.Id)], First = Page, After = after, CountTotal = false },
                    cancellationToken);
                var approvals = await PublishedVersionVerifier.ApprovalsOfAsync(session, page.Items.Select(i => i.ContentItemId), cancellationToken);
                foreach (var version in page.Items)
                {
                    if (published.Judge(version, approvals[version.ContentItemId]) is { Servable: false, Problem: { } problem })
                    {
                        withheld.Add(new WithheldVersion(version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, problem, clock.GetUtcNow()));
                        findings.Break("published", $"Published {version.ContentType} {version.ContentItemId} \"{version.DisplayText}\" (version {version.ContentItemVersionId}) is withheld from readers: {problem}");
                    }
                }

                count += page.Items.Count;
                after = page.HasNextPage ? page.NextCursor : null;
            }
            while (after is not null);
        }

        findings.Progress($"published content: {count:N0} versions checked");
        return (count, withheld);
    }

    private async Task<(int Checked, int Samples)> CheckApprovalsAsync(IStoreSession session, AuditChainCheck chain, IntegrityFindings findings, CancellationToken cancellationToken)
    {
        var count = 0;
        var samples = 0;
        var all = new Dictionary<string, Approval>(StringComparer.Ordinal);
        for (string? after = null; ;)
        {
            var page = await session.Workflow.ReadApprovalsForwardAsync(after, 5_000, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var approval in page)
            {
                all[approval.ApprovalId] = approval;
                if (approval.Kind == ApprovalKind.Recipe)
                {
                    samples++;
                    continue;
                }

                count++;
                if (approval.Signature is null)
                {
                    findings.Break("approvals", $"Approval {approval.ApprovalId} of {approval.ContentItemId} by {approval.ReviewerDisplayName} carries no signature: it was written outside the CMS.");
                }
                else if (!approvalSignatures.Verify(approval))
                {
                    findings.Break("approvals", $"Approval {approval.ApprovalId} of {approval.ContentItemId} by {approval.ReviewerDisplayName} (it says signed {AuditChainCheck.Time(approval.SignedUtc)}) does not verify: it was changed after signing, for example back-dated, or forged.");
                }
            }

            after = page[^1].ApprovalId;
        }

        foreach (var approval in all.Values.Where(a => a.PreviousApprovalId is { } previous && !all.ContainsKey(previous) && a.SigningKeyId is { } key && keys.Ring.PublicKeys.Contains(key)))
        {
            findings.Break("approvals", $"Approval {approval.ApprovalId} of {approval.ContentItemId} names {approval.PreviousApprovalId} as the item's approval before it, which is missing: an approval was deleted.");
        }

        foreach (var (id, signed) in chain.SignedApprovals.Where(s => !all.ContainsKey(s.Key)))
        {
            findings.Break("approvals", $"The audit log records approval {id} signed {AuditChainCheck.Time(signed)}, which is missing from the approvals: it was deleted.");
        }

        foreach (var id in chain.VoidedApprovals.Where(id => all.TryGetValue(id, out var a) && a.IsValid))
        {
            findings.Break("approvals", $"The audit log records approval {id} as voided, but it is valid again: its voiding was undone outside the CMS.");
        }

        findings.Progress($"approvals: {count:N0} signatures checked");
        return (count, samples);
    }

    private async Task<(int Checked, int Unsigned)> CheckVerificationsAsync(IStoreSession session, IntegrityFindings findings, CancellationToken cancellationToken)
    {
        var count = 0;
        var unsigned = 0;
        for (string? after = null; ;)
        {
            var page = await session.Safety.ReadVerificationsForwardAsync(after, 5_000, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var verification in page)
            {
                if (verification.Signature is null && verification.StatementFormat is null)
                {
                    unsigned++;
                    continue;
                }

                count++;
                if (!records.Verify(verification))
                {
                    findings.Break("verifications", $"The verification {verification.VerificationId} of {verification.ContentItemId} by {verification.VerifiedByDisplayName} ({AuditChainCheck.Time(verification.VerifiedUtc)}) does not verify: it was changed after signing, or forged.");
                }
            }

            after = page[^1].VerificationId;
        }

        return (count, unsigned);
    }
}
