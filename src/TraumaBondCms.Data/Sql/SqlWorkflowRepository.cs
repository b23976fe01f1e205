using System.Data.Common;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Sql;

/// <summary>Workflow state in portable SQL; see <see cref="IWorkflowRepository"/>.</summary>
public sealed class SqlWorkflowRepository(SqlRunner sql) : IWorkflowRepository
{
    private const string SelectApproval = """
        SELECT approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name, credential,
               signed_utc, kind, comment, voided_utc, voided_reason, meaning, credential_confirmed_by, credential_confirmed_utc,
               credential_independently_confirmed, signing_key_id, signature
        FROM approvals
        """;

    /// <inheritdoc />
    public async Task SetStatusAsync(string contentItemVersionId, string status, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE content_versions SET workflow_status = @status WHERE content_item_version_id = @version",
            cancellationToken,
            ("@status", status),
            ("@version", contentItemVersionId));

    /// <inheritdoc />
    public async Task AddApprovalAsync(Approval approval, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO approvals (approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name,
                credential, signed_utc, kind, comment, voided_utc, voided_reason, meaning, credential_confirmed_by, credential_confirmed_utc,
                credential_independently_confirmed, signing_key_id, signature)
            VALUES (@id, @item, @version, @hash, @reviewer, @display, @credential, @signed, @kind, @comment, @voided, @voidedReason, @meaning,
                @confirmedBy, @confirmedUtc, @independent, @keyId, @signature)
            """,
            cancellationToken,
            ("@id", approval.ApprovalId),
            ("@item", approval.ContentItemId),
            ("@version", approval.ContentItemVersionId),
            ("@hash", approval.ContentHash),
            ("@reviewer", approval.Reviewer),
            ("@display", approval.ReviewerDisplayName),
            ("@credential", approval.Credential),
            ("@signed", sql.Dialect.ToDbTime(approval.SignedUtc)),
            ("@kind", approval.Kind.ToString()),
            ("@comment", approval.Comment),
            ("@voided", sql.Dialect.ToDbTime(approval.VoidedUtc)),
            ("@voidedReason", approval.VoidedReason),
            ("@meaning", approval.Meaning),
            ("@confirmedBy", approval.CredentialConfirmedBy),
            ("@confirmedUtc", sql.Dialect.ToDbTime(approval.CredentialConfirmedUtc)),
            ("@independent", approval.CredentialIndependentlyConfirmed),
            ("@keyId", approval.SigningKeyId),
            ("@signature", approval.Signature));

    /// <inheritdoc />
    public async Task<IReadOnlyList<Approval>> GetApprovalsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync($"{SelectApproval} WHERE content_item_id = @item ORDER BY signed_utc DESC, approval_id DESC", ReadApproval, cancellationToken, ("@item", contentItemId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<Approval>> VoidApprovalsAsync(string contentItemId, string reason, DateTimeOffset voidedUtc, string? keepHash = null, CancellationToken cancellationToken = default)
    {
        var valid = (await GetApprovalsAsync(contentItemId, cancellationToken)).Where(a => a.IsValid && a.ContentHash != keepHash).ToList();
        foreach (var approval in valid)
        {
            await sql.ExecuteAsync(
                "UPDATE approvals SET voided_utc = @at, voided_reason = @reason WHERE approval_id = @id AND voided_utc IS NULL",
                cancellationToken,
                ("@at", sql.Dialect.ToDbTime(voidedUtc)),
                ("@reason", reason),
                ("@id", approval.ApprovalId));
        }

        return valid.Select(a => a with { VoidedUtc = voidedUtc, VoidedReason = reason }).ToList();
    }

    /// <inheritdoc />
    public async Task SetFollowUpAsync(string contentItemId, string? reason, DateTimeOffset? flaggedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE content_items SET follow_up_reason = @reason, follow_up_utc = @at WHERE content_item_id = @item",
            cancellationToken,
            ("@reason", reason),
            ("@at", reason is null ? DBNull.Value : sql.Dialect.ToDbTime(flaggedUtc)),
            ("@item", contentItemId));

    /// <inheritdoc />
    public async Task<(string Reason, DateTimeOffset FlaggedUtc)?> GetFollowUpAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await sql.QueryAsync(
            "SELECT follow_up_reason, follow_up_utc FROM content_items WHERE content_item_id = @item AND follow_up_reason IS NOT NULL",
            r => (r.GetString(0), sql.Dialect.ReadTime(r, 1)),
            cancellationToken,
            ("@item", contentItemId));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string ContentItemId, string Reason, DateTimeOffset FlaggedUtc)>> ListFollowUpsAsync(CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT content_item_id, follow_up_reason, follow_up_utc FROM content_items WHERE follow_up_reason IS NOT NULL AND deleted_utc IS NULL ORDER BY follow_up_utc",
            r => (r.GetString(0), r.GetString(1), sql.Dialect.ReadTime(r, 2)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewState>> GetReviewStatesAsync(IReadOnlyCollection<string> contentTypes, IReadOnlyCollection<string>? contentItemIds = null, CancellationToken cancellationToken = default)
    {
        if (contentTypes.Count == 0)
        {
            return [];
        }

        var parameters = contentTypes.Select((t, i) => ($"@type{i}", (object?)t)).ToList();
        var where = $"v.content_type IN ({string.Join(", ", parameters.Select(p => p.Item1))})";
        if (contentItemIds is not null)
        {
            var ids = contentItemIds.Select((id, i) => ($"@id{i}", (object?)id)).ToList();
            where += ids.Count == 0 ? " AND 1 = 0" : $" AND v.content_item_id IN ({string.Join(", ", ids.Select(p => p.Item1))})";
            parameters.AddRange(ids);
        }

        // The newest valid clinical signature of exactly the published hash; recipe samples do not count as reviews, but
        // are reported, so readers can be told the content is a sample.
        return await sql.QueryAsync(
            $"""
            SELECT v.content_item_id, v.content_type, v.display_text, v.content_hash, a.signed_utc, a.reviewer, a.reviewer_display_name, a.credential,
                   a.credential_confirmed_by, a.credential_independently_confirmed,
                   CASE WHEN EXISTS (SELECT 1 FROM approvals s WHERE s.content_item_id = v.content_item_id AND s.content_hash = v.content_hash
                        AND s.voided_utc IS NULL AND s.kind = 'Recipe') THEN 1 ELSE 0 END
            FROM content_versions v
            JOIN content_items i ON i.content_item_id = v.content_item_id
            LEFT JOIN approvals a ON a.approval_id = (
                SELECT a2.approval_id FROM approvals a2
                WHERE a2.content_item_id = v.content_item_id AND a2.content_hash = v.content_hash AND a2.voided_utc IS NULL
                  AND a2.kind IN ('Approval', 'Renewal', 'PostIncidentReview')
                ORDER BY a2.signed_utc DESC LIMIT 1)
            WHERE v.published AND i.deleted_utc IS NULL AND {where}
            ORDER BY v.content_item_id
            """,
            r => new ReviewState(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                sql.Dialect.ReadNullableTime(r, 4),
                r.IsDBNull(5) ? null : r.GetString(5),
                r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7))
            {
                CredentialConfirmedBy = r.IsDBNull(8) ? null : r.GetString(8),
                CredentialIndependentlyConfirmed = !r.IsDBNull(9) && r.GetBoolean(9),
                Sample = r.GetInt32(10) == 1 && r.IsDBNull(4),
            },
            cancellationToken,
            [.. parameters]);
    }

    private Approval ReadApproval(DbDataReader r) => new()
    {
        ApprovalId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentItemVersionId = r.GetString(2),
        ContentHash = r.GetString(3),
        Reviewer = r.GetString(4),
        ReviewerDisplayName = r.GetString(5),
        Credential = r.GetString(6),
        SignedUtc = sql.Dialect.ReadTime(r, 7),
        Kind = Enum.Parse<ApprovalKind>(r.GetString(8)),
        Comment = r.IsDBNull(9) ? null : r.GetString(9),
        VoidedUtc = sql.Dialect.ReadNullableTime(r, 10),
        VoidedReason = r.IsDBNull(11) ? null : r.GetString(11),
        Meaning = r.IsDBNull(12) ? null : r.GetString(12),
        CredentialConfirmedBy = r.IsDBNull(13) ? null : r.GetString(13),
        CredentialConfirmedUtc = sql.Dialect.ReadNullableTime(r, 14),
        CredentialIndependentlyConfirmed = r.GetBoolean(15),
        SigningKeyId = r.IsDBNull(16) ? null : r.GetString(16),
        Signature = r.IsDBNull(17) ? null : r.GetString(17),
    };
}
