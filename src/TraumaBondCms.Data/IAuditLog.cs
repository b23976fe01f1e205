using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Data;

/// <summary>
/// The append-only audit log, kept as a hash chain (<see cref="AuditChain"/>): appending links each entry to the one before,
/// and signed heads (<see cref="AuditHead"/>) vouch for the chain up to an entry. There is no update or delete here, and the
/// database refuses both with a trigger, so an entry once committed stays as written; the chain and the heads show it when
/// someone with the database in hand changes it anyway.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends an entry in the session's transaction, its time cut to the millisecond and linked to the newest entry (writers
    /// are serialized, so the newest entry read is the one before); returns its sequence number.
    /// </summary>
    Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>The entries after <paramref name="afterId"/>, oldest first, at most <paramref name="limit"/> (1–5,000), with their hashes: for walking the chain.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadForwardAsync(long afterId, int limit, CancellationToken cancellationToken = default);

    /// <summary>The newest entry's id and hash (null for an entry written before the chain); null when the log is empty.</summary>
    Task<(long Id, string? EntryHash)?> GetLastAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a signed head in the session's transaction (one per sequence number).</summary>
    Task AddHeadAsync(AuditHead head, CancellationToken cancellationToken = default);

    /// <summary>The signed head of the highest sequence number; null when none was signed.</summary>
    Task<AuditHead?> GetLatestHeadAsync(CancellationToken cancellationToken = default);

    /// <summary>The signed heads after <paramref name="afterSequence"/>, in sequence order, at most <paramref name="limit"/> (1–5,000).</summary>
    Task<IReadOnlyList<AuditHead>> GetHeadsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);
}
