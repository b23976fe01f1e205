using System.Text;
using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Data.Sql;

/// <summary>The audit log in portable SQL; see <see cref="IAuditLog"/>. It issues INSERT and SELECT only.</summary>
public sealed class SqlAuditLog(SqlRunner sql) : IAuditLog
{
    /// <inheritdoc />
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        await sql.ScalarAsync<long>(
            """
            INSERT INTO audit_log (occurred_utc, actor, action, content_item_id, content_item_version_id, content_hash, from_status, to_status, reason, details)
            VALUES (@at, @actor, @action, @item, @version, @hash, @from, @to, @reason, @details)
            RETURNING audit_id
            """,
            cancellationToken,
            ("@at", sql.Dialect.ToDbTime(entry.OccurredUtc)),
            ("@actor", entry.Actor),
            ("@action", entry.Action),
            ("@item", entry.ContentItemId),
            ("@version", entry.ContentItemVersionId),
            ("@hash", entry.ContentHash),
            ("@from", entry.FromStatus),
            ("@to", entry.ToStatus),
            ("@reason", entry.Reason),
            ("@details", entry.Details));

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("1 = 1");
        var parameters = new List<(string, object?)>();
        void Filter(string column, string name, object? value)
        {
            if (value is not null)
            {
                where.Append($" AND {column} @{name}");
                parameters.Add(($"@{name}", value));
            }
        }

        Filter("content_item_id =", "item", query.ContentItemId);
        Filter("actor =", "actor", query.Actor);
        Filter("action =", "action", query.Action);
        Filter("occurred_utc >=", "from", query.FromUtc is { } from ? sql.Dialect.ToDbTime(from) : null);
        Filter("occurred_utc <", "to", query.ToUtc is { } to ? sql.Dialect.ToDbTime(to) : null);
        Filter("audit_id <", "before", query.BeforeId);
        parameters.Add(("@limit", Math.Clamp(query.Limit, 1, 500)));
        return await sql.QueryAsync(
            $"""
            SELECT audit_id, occurred_utc, actor, action, content_item_id, content_item_version_id, content_hash, from_status, to_status, reason, details
            FROM audit_log WHERE {where} ORDER BY audit_id DESC LIMIT @limit
            """,
            r => new AuditEntry
            {
                Id = r.GetInt64(0),
                OccurredUtc = sql.Dialect.ReadTime(r, 1),
                Actor = r.IsDBNull(2) ? null : r.GetString(2),
                Action = r.GetString(3),
                ContentItemId = r.IsDBNull(4) ? null : r.GetString(4),
                ContentItemVersionId = r.IsDBNull(5) ? null : r.GetString(5),
                ContentHash = r.IsDBNull(6) ? null : r.GetString(6),
                FromStatus = r.IsDBNull(7) ? null : r.GetString(7),
                ToStatus = r.IsDBNull(8) ? null : r.GetString(8),
                Reason = r.IsDBNull(9) ? null : r.GetString(9),
                Details = r.IsDBNull(10) ? null : r.GetString(10),
            },
            cancellationToken,
            [.. parameters]);
    }
}
