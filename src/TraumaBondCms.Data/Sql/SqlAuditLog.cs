using System.Data.Common;
using System.Text;
using TraumaBondCms.Core.Audit;

namespace TraumaBondCms.Data.Sql;

/// <summary>The audit log in portable SQL; see <see cref="IAuditLog"/>. It issues INSERT and SELECT only.</summary>
public sealed class SqlAuditLog(SqlRunner sql) : IAuditLog
{
    private const string EntryColumns = "audit_id, occurred_utc, actor, action, content_item_id, content_item_version_id, content_hash, from_status, to_status, reason, details, previous_hash, entry_hash";
    private const string HeadColumns = "sequence, head_hash, signed_utc, signing_key_id, signature";

    // The newest entry's hash as this session last wrote it: writers are serialized, so nobody else appends meanwhile.
    private string? _head;

    /// <inheritdoc />
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var previous = _head ?? await HeadHashAsync(cancellationToken);
        var stored = entry with { OccurredUtc = AuditChain.Truncate(entry.OccurredUtc) };
        var hash = AuditChain.Next(previous, stored);
        var id = await sql.ScalarAsync<long>(
            """
            INSERT INTO audit_log (occurred_utc, actor, action, content_item_id, content_item_version_id, content_hash, from_status, to_status, reason, details,
                previous_hash, entry_hash)
            VALUES (@at, @actor, @action, @item, @version, @hash, @from, @to, @reason, @details, @previous, @entry)
            RETURNING audit_id
            """,
            cancellationToken,
            ("@at", sql.Dialect.ToDbTime(stored.OccurredUtc)),
            ("@actor", stored.Actor),
            ("@action", stored.Action),
            ("@item", stored.ContentItemId),
            ("@version", stored.ContentItemVersionId),
            ("@hash", stored.ContentHash),
            ("@from", stored.FromStatus),
            ("@to", stored.ToStatus),
            ("@reason", stored.Reason),
            ("@details", stored.Details),
            ("@previous", previous),
            ("@entry", hash));
        _head = hash;
        return id;
    }

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
            $"SELECT {EntryColumns} FROM audit_log WHERE {where} ORDER BY audit_id DESC LIMIT @limit",
            ReadEntry,
            cancellationToken,
            [.. parameters]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadForwardAsync(long afterId, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"SELECT {EntryColumns} FROM audit_log WHERE audit_id > @after ORDER BY audit_id LIMIT @limit",
            ReadEntry,
            cancellationToken,
            ("@after", afterId),
            ("@limit", Math.Clamp(limit, 1, 5_000)));

    /// <inheritdoc />
    public async Task<(long Id, string? EntryHash)?> GetLastAsync(CancellationToken cancellationToken = default)
    {
        var rows = await sql.QueryAsync(
            "SELECT audit_id, entry_hash FROM audit_log ORDER BY audit_id DESC LIMIT 1",
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)),
            cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task AddHeadAsync(AuditHead head, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            $"INSERT INTO audit_heads ({HeadColumns}) VALUES (@sequence, @hash, @signed, @key, @signature)",
            cancellationToken,
            ("@sequence", head.Sequence),
            ("@hash", head.HeadHash),
            ("@signed", sql.Dialect.ToDbTime(head.SignedUtc)),
            ("@key", head.SigningKeyId),
            ("@signature", head.Signature));

    /// <inheritdoc />
    public async Task<AuditHead?> GetLatestHeadAsync(CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"SELECT {HeadColumns} FROM audit_heads ORDER BY sequence DESC LIMIT 1", ReadHead, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditHead>> GetHeadsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"SELECT {HeadColumns} FROM audit_heads WHERE sequence > @after ORDER BY sequence LIMIT @limit",
            ReadHead,
            cancellationToken,
            ("@after", afterSequence),
            ("@limit", Math.Clamp(limit, 1, 5_000)));

    // The hash the next entry follows: the newest entry's, or, when the newest entry has none (the log was written before
    // it was chained, once per database), the chain computed through every entry so far.
    private async Task<string> HeadHashAsync(CancellationToken cancellationToken)
    {
        if (await GetLastAsync(cancellationToken) is not { } last)
        {
            return AuditChain.Genesis;
        }

        if (last.EntryHash is { } hash)
        {
            return hash;
        }

        var running = AuditChain.Genesis;
        var after = 0L;
        while (true)
        {
            var page = await ReadForwardAsync(after, 5_000, cancellationToken);
            if (page.Count == 0)
            {
                return running;
            }

            foreach (var entry in page)
            {
                running = AuditChain.Next(running, entry);
            }

            after = page[^1].Id;
        }
    }

    private AuditEntry ReadEntry(DbDataReader r) => new()
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
        PreviousHash = r.IsDBNull(11) ? null : r.GetString(11),
        EntryHash = r.IsDBNull(12) ? null : r.GetString(12),
    };

    private AuditHead ReadHead(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), sql.Dialect.ReadTime(r, 2), r.GetString(3), r.GetString(4));
}
