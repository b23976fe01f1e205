using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Data;

/// <summary>
/// The append-only audit log. There is no update or delete here, and the database refuses both with a
/// trigger, so an entry once committed stays as written.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends an entry in the session's transaction; returns its sequence number.</summary>
    Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Reads entries matching the query, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
