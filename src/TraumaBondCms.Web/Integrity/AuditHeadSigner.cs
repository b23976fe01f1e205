using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Signs heads of the audit chain with the server's key (kept outside the database): when
/// <see cref="IntegrityOptions.HeadEveryEntries"/> entries were appended since the last head, or entries were appended and the
/// last head is older than <see cref="IntegrityOptions.HeadInterval"/>. Each head is stored in the database, then appended to
/// the heads file outside it (<see cref="AuditHeadFile"/>), along with heads other nodes signed since this node last wrote
/// one (their signatures checked first). Thread-safe.
/// </summary>
public sealed class AuditHeadSigner(ICmsStore store, RecordSignatures signatures, AuditHeadFile file, IOptions<IntegrityOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long? _fileSequence;

    /// <summary>
    /// Signs a head of the newest entry when one is due (always, when <paramref name="force"/> and the newest entry has no head
    /// yet), and brings the heads file up to date. Returns the head signed now; null when none was due.
    /// </summary>
    public async Task<AuditHead?> SignIfDueAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            AuditHead? signed = null;
            bool due;
            await using (var read = await store.OpenReadAsync(cancellationToken))
            {
                due = await DueAsync(read, force, cancellationToken);
            }

            if (due)
            {
                await using var session = await store.BeginWriteAsync(cancellationToken);
                // Again under the writer lock: another node may have signed meanwhile.
                if (await DueAsync(session, force, cancellationToken) && await session.Audit.GetLastAsync(cancellationToken) is { EntryHash: { } hash } last)
                {
                    signed = signatures.SignHead(last.Id, hash, clock.GetUtcNow());
                    await session.Audit.AddHeadAsync(signed, cancellationToken);
                    await session.CommitAsync(cancellationToken);
                }
            }

            await CatchUpFileAsync(cancellationToken);
            return signed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// When a head becomes due by time alone: the newest head's time plus <see cref="IntegrityOptions.HeadInterval"/> when
    /// entries were appended after it (now, when there is no head yet); null when every entry has a head.
    /// </summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        if (await session.Audit.GetLastAsync(cancellationToken) is not { EntryHash: not null } last)
        {
            return null;
        }

        var head = await session.Audit.GetLatestHeadAsync(cancellationToken);
        return head is null ? clock.GetUtcNow() : head.Sequence < last.Id ? head.SignedUtc + options.Value.HeadInterval : null;
    }

    private async Task<bool> DueAsync(IStoreSession session, bool force, CancellationToken cancellationToken)
    {
        if (await session.Audit.GetLastAsync(cancellationToken) is not { EntryHash: not null } last)
        {
            return false;
        }

        var head = await session.Audit.GetLatestHeadAsync(cancellationToken);
        if (head is not null && head.Sequence >= last.Id)
        {
            return false;
        }

        return force || head is null
            || last.Id - head.Sequence >= Math.Max(1, options.Value.HeadEveryEntries)
            || clock.GetUtcNow() - head.SignedUtc >= options.Value.HeadInterval;
    }

    // Appends to the file every head of the database newer than the newest this node wrote (or found there at start).
    private async Task CatchUpFileAsync(CancellationToken cancellationToken)
    {
        _fileSequence ??= file.Read().Heads.Select(h => h.Sequence).DefaultIfEmpty(0).Max();
        await using var session = await store.OpenReadAsync(cancellationToken);
        var newer = (await session.Audit.GetHeadsAsync(_fileSequence.Value, 5_000, cancellationToken)).Where(signatures.Verify).ToList();
        if (newer.Count > 0)
        {
            file.Append(newer);
            _fileSequence = newer[^1].Sequence;
        }
    }
}
