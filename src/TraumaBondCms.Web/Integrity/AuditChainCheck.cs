using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Walks the audit log from its first entry: every stored hash must follow from the entry before and the entry's content
/// (<see cref="AuditChain"/>), and every signed head, in the database and in the file outside it, must carry a valid
/// signature and name an entry whose hash it states. A head beyond the log's last entry, or one in the file but not in the
/// database, shows entries or heads were removed. Also collects the approvals the log says were signed and voided, for the
/// approval records' check. Not thread-safe; one per run.
/// </summary>
public sealed class AuditChainCheck(RecordSignatures signatures, IntegrityFindings findings)
{
    /// <summary>Entries checked.</summary>
    public long Entries { get; private set; }

    /// <summary>Entries written before the chain began.</summary>
    public long BeforeChain { get; private set; }

    /// <summary>Approval ids the log records as signed, with when.</summary>
    public Dictionary<string, DateTimeOffset> SignedApprovals { get; } = new(StringComparer.Ordinal);

    /// <summary>Approval ids the log records as voided.</summary>
    public HashSet<string> VoidedApprovals { get; } = new(StringComparer.Ordinal);

    /// <summary>Checks the chain in <paramref name="session"/> against <paramref name="databaseHeads"/> and <paramref name="fileHeads"/>.</summary>
    public async Task RunAsync(IStoreSession session, IReadOnlyList<AuditHead> databaseHeads, IReadOnlyList<AuditHead> fileHeads, CancellationToken cancellationToken)
    {
        var heads = databaseHeads.Select(h => (Head: h, Where: "database")).Concat(fileHeads.Select(h => (Head: h, Where: "file")))
            .Where(h => CheckSignature(h.Head, h.Where))
            .ToLookup(h => h.Head.Sequence);
        var stored = databaseHeads.Select(h => (h.Sequence, h.HeadHash)).ToHashSet();
        foreach (var head in fileHeads.Where(h => !stored.Contains((h.Sequence, h.HeadHash)) && signatures.Verify(h)).DistinctBy(h => h.Sequence))
        {
            findings.Break("audit-heads", $"The signed head of entry {head.Sequence} ({Time(head.SignedUtc)}) in the file outside the database is missing from the database: heads were deleted.");
        }

        var matched = new HashSet<long>();
        var running = AuditChain.Genesis;
        var chained = false;
        var last = 0L;
        while (true)
        {
            var page = await session.Audit.ReadForwardAsync(last, 5_000, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var entry in page)
            {
                running = Check(entry, running, ref chained);
                foreach (var (head, where) in heads[entry.Id])
                {
                    matched.Add(entry.Id);
                    if (head.HeadHash != entry.EntryHash)
                    {
                        findings.Break("audit-heads", $"The signed head of entry {entry.Id} ({Time(head.SignedUtc)}, in the {where}) does not match the log: entries up to {entry.Id} were removed or rewritten after it was signed.");
                    }
                }

                Collect(entry);
            }

            last = page[^1].Id;
            if (Entries % 50_000 < page.Count)
            {
                findings.Progress($"audit log: {Entries:N0} entries checked");
            }
        }

        foreach (var group in heads.Where(g => !matched.Contains(g.Key)))
        {
            var (head, where) = group.First();
            findings.Break("audit-heads", group.Key > last
                ? $"The signed head of entry {head.Sequence} ({Time(head.SignedUtc)}, in the {where}) is beyond the log's last entry ({last}): entries after {last} were removed."
                : $"Entry {head.Sequence}, which a signed head ({Time(head.SignedUtc)}, in the {where}) vouches for, is missing from the log: it was removed.");
        }
    }

    // Checks one entry against the chain so far; returns the hash the next entry must follow.
    private string Check(AuditEntry entry, string running, ref bool chained)
    {
        Entries++;
        var computed = AuditChain.Next(running, entry);
        if (entry.EntryHash is null)
        {
            if (chained)
            {
                findings.Break("audit-chain", $"Entry {entry.Id} ({entry.Action}, {Time(entry.OccurredUtc)}) has no hash although the entries before it have: it was written outside the CMS.");
            }
            else
            {
                BeforeChain++;
            }

            return computed;
        }

        chained = true;
        if (entry.PreviousHash != running)
        {
            findings.Break("audit-chain", $"Entry {entry.Id} ({entry.Action}, {Time(entry.OccurredUtc)}) does not follow the entry before it: an entry before it was removed, or the chain was rewritten.");
        }
        else if (entry.EntryHash != computed)
        {
            findings.Break("audit-chain", $"Entry {entry.Id} ({entry.Action}, {Time(entry.OccurredUtc)}) was changed after it was written: its hash does not match its content.");
        }

        // Follow the stored hash: one change or removal is one break, not a break at every entry after it.
        return entry.EntryHash;
    }

    private bool CheckSignature(AuditHead head, string where)
    {
        if (signatures.Verify(head))
        {
            return true;
        }

        findings.Break("audit-heads", $"The head of entry {head.Sequence} ({Time(head.SignedUtc)}) in the {where} does not carry a signature that verifies with this server's keys: it was forged or changed.");
        return false;
    }

    private void Collect(AuditEntry entry)
    {
        if (entry.Action is not (AuditActions.ApprovalSigned or AuditActions.ApprovalVoided) || entry.Details is null)
        {
            return;
        }

        try
        {
            using var details = JsonDocument.Parse(entry.Details);
            if (details.RootElement.TryGetProperty("ApprovalId", out var id) && id.GetString() is { } approvalId)
            {
                if (entry.Action == AuditActions.ApprovalSigned)
                {
                    SignedApprovals[approvalId] = entry.OccurredUtc;
                }
                else
                {
                    VoidedApprovals.Add(approvalId);
                }
            }
        }
        catch (JsonException)
        {
            // A changed entry is a break of the chain already; its details cannot be trusted.
        }
    }

    /// <summary>A time as reports write it.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
