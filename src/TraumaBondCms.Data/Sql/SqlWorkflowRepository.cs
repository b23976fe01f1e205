using System.Data.Common;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Sql;

/// <summary>Workflow state in portable SQL; see <see cref="IWorkflowRepository"/>.</summary>
public sealed class SqlWorkflowRepository(SqlRunner sql) : IWorkflowRepository
{
    /// <summary>The approval kinds that are a clinician's review of the text (SQL list): what sets a version's review date.</summary>
    internal const string ReviewKinds = "('Approval', 'Renewal', 'PostIncidentReview')";

    // The review kinds and a recipe's sample "approval" (SQL list).
    private const string ReviewOrSampleKinds = "('Approval', 'Renewal', 'PostIncidentReview', 'Recipe')";

    private const string RecipeKind = nameof(ApprovalKind.Recipe);

    private const string SelectApproval = """
        SELECT approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name, credential,
               signed_utc, kind, comment, voided_utc, voided_reason, meaning, credential_confirmed_by, credential_confirmed_utc,
               credential_independently_confirmed, signing_key_id, signature, statement_format, previous_approval_id, signed_with
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
    public async Task AddApprovalAsync(Approval approval, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            """
            INSERT INTO approvals (approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name,
                credential, signed_utc, kind, comment, voided_utc, voided_reason, meaning, credential_confirmed_by, credential_confirmed_utc,
                credential_independently_confirmed, signing_key_id, signature, statement_format, previous_approval_id, signed_with)
            VALUES (@id, @item, @version, @hash, @reviewer, @display, @credential, @signed, @kind, @comment, @voided, @voidedReason, @meaning,
                @confirmedBy, @confirmedUtc, @independent, @keyId, @signature, @format, @previous, @signedWith)
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
            ("@signature", approval.Signature),
            ("@format", approval.StatementFormat),
            ("@previous", approval.PreviousApprovalId),
            ("@signedWith", approval.SignedWith));
        await RefreshReviewDatesAsync([approval.ContentItemId], cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddApprovalsAsync(IReadOnlyList<Approval> approvals, CancellationToken cancellationToken = default)
    {
        await sql.InsertRowsAsync(
            """
            approvals (approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name,
                credential, signed_utc, kind, comment, voided_utc, voided_reason, meaning, credential_confirmed_by, credential_confirmed_utc,
                credential_independently_confirmed, signing_key_id, signature, statement_format, previous_approval_id, signed_with)
            """,
            approvals.Select(a => new object?[]
            {
                a.ApprovalId, a.ContentItemId, a.ContentItemVersionId, a.ContentHash, a.Reviewer, a.ReviewerDisplayName, a.Credential,
                sql.Dialect.ToDbTime(a.SignedUtc), a.Kind.ToString(), a.Comment, sql.Dialect.ToDbTime(a.VoidedUtc), a.VoidedReason,
                a.Meaning, a.CredentialConfirmedBy, sql.Dialect.ToDbTime(a.CredentialConfirmedUtc), a.CredentialIndependentlyConfirmed, a.SigningKeyId, a.Signature,
                a.StatementFormat, a.PreviousApprovalId, a.SignedWith,
            }),
            cancellationToken);
        foreach (var items in approvals.Select(a => a.ContentItemId).Distinct(StringComparer.Ordinal).Chunk(SqlRunner.RowsPerInsert))
        {
            await RefreshReviewDatesAsync(items, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Approval>> GetApprovalsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync($"{SelectApproval} WHERE content_item_id = @item ORDER BY signed_utc DESC, approval_id DESC", ReadApproval, cancellationToken, ("@item", contentItemId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<Approval>> GetApprovalsOfItemsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var ids = contentItemIds.Distinct(StringComparer.Ordinal).Select((id, i) => ($"@item{i}", (object?)id)).ToArray();
        return await sql.QueryAsync(
            $"{SelectApproval} WHERE content_item_id IN ({string.Join(", ", ids.Select(p => p.Item1))}) ORDER BY content_item_id, signed_utc DESC, approval_id DESC",
            ReadApproval,
            cancellationToken,
            ids);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Approval>> ReadApprovalsForwardAsync(string? afterApprovalId, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectApproval} WHERE approval_id > @after ORDER BY approval_id LIMIT @limit",
            ReadApproval,
            cancellationToken,
            ("@after", afterApprovalId ?? string.Empty),
            ("@limit", Math.Clamp(limit, 1, 5_000)));

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

        if (valid.Count > 0)
        {
            await RefreshReviewDatesAsync([contentItemId], cancellationToken);
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
    public async Task<IReadOnlyList<(string ContentItemId, string Reason, DateTimeOffset FlaggedUtc)>> ListFollowUpsAsync(int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT content_item_id, follow_up_reason, follow_up_utc FROM content_items WHERE follow_up_reason IS NOT NULL AND deleted_utc IS NULL ORDER BY follow_up_utc, content_item_id LIMIT @limit",
            r => (r.GetString(0), r.GetString(1), sql.Dialect.ReadTime(r, 2)),
            cancellationToken,
            ("@limit", limit));

    /// <inheritdoc />
    public async Task SetSourceChangedAsync(string contentItemId, DateTimeOffset? changedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE content_items SET source_changed_utc = @at WHERE content_item_id = @item",
            cancellationToken,
            ("@at", sql.Dialect.ToDbTime(changedUtc)),
            ("@item", contentItemId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string ContentItemId, DateTimeOffset ChangedUtc)>> ListSourceChangedAsync(int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT content_item_id, source_changed_utc FROM content_items WHERE source_changed_utc IS NOT NULL AND deleted_utc IS NULL ORDER BY source_changed_utc, content_item_id LIMIT @limit",
            r => (r.GetString(0), sql.Dialect.ReadTime(r, 1)),
            cancellationToken,
            ("@limit", limit));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewState>> GetReviewStatesAsync(IReadOnlyCollection<string> contentTypes, IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        if (contentTypes.Count == 0 || contentItemIds.Count == 0)
        {
            return [];
        }

        var parameters = contentTypes.Select((t, i) => ($"@type{i}", (object?)t)).ToList();
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).Select((id, i) => ($"@id{i}", (object?)id)).ToList();
        var where = $"v.content_type IN ({string.Join(", ", parameters.Select(p => p.Item1))}) AND v.content_item_id IN ({string.Join(", ", ids.Select(p => p.Item1))})";
        parameters.AddRange(ids);

        // Each published version with the valid signatures of exactly its hash, through the approvals' item index: the newest
        // clinical one is picked here; recipe samples do not count as reviews, but are reported, so readers can be told the
        // content is a sample.
        var rows = await sql.QueryAsync(
            $"""
            SELECT v.content_item_id, v.content_type, v.display_text, v.content_hash, a.signed_utc, a.approval_id, a.reviewer, a.reviewer_display_name, a.credential,
                   a.credential_confirmed_by, a.credential_independently_confirmed, a.kind, v.culture
            FROM content_versions v
            LEFT JOIN approvals a ON a.content_item_id = v.content_item_id AND a.content_hash = v.content_hash AND a.voided_utc IS NULL
                AND a.kind IN {ReviewOrSampleKinds}
            WHERE {sql.Dialect.Is("v.published", true)} AND {sql.Dialect.Is("v.deleted", false)} AND {where}
            """,
            r => (State: new ReviewState(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                sql.Dialect.ReadNullableTime(r, 4),
                r.IsDBNull(6) ? null : r.GetString(6),
                r.IsDBNull(7) ? null : r.GetString(7),
                r.IsDBNull(8) ? null : r.GetString(8))
            {
                CredentialConfirmedBy = r.IsDBNull(9) ? null : r.GetString(9),
                CredentialIndependentlyConfirmed = !r.IsDBNull(10) && r.GetBoolean(10),
                Culture = r.GetString(12),
            }, Approval: r.IsDBNull(5) ? null : r.GetString(5), Kind: r.IsDBNull(11) ? null : r.GetString(11)),
            cancellationToken,
            [.. parameters]);
        return rows
            .GroupBy(r => r.State.ContentItemId, StringComparer.Ordinal)
            .Select(g => g.Where(r => r.Kind is not null && r.Kind != RecipeKind)
                .OrderByDescending(r => r.State.LastReviewedUtc).ThenByDescending(r => r.Approval, StringComparer.Ordinal).Select(r => r.State with { ApprovalId = r.Approval }).FirstOrDefault()
                ?? Unsigned(g.First().State, sample: g.Any(r => r.Kind == RecipeKind)))
            .OrderBy(s => s.ContentItemId, StringComparer.Ordinal)
            .ToList();
    }

    // The state of a published version no clinician signed (a recipe sample's row carries the recipe's "approval").
    private static ReviewState Unsigned(ReviewState row, bool sample) =>
        new(row.ContentItemId, row.ContentType, row.DisplayText, row.ContentHash, null, null, null, null) { Sample = sample, Culture = row.Culture };

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListPublishedSamplesAsync(int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"""
            SELECT a.content_item_id FROM approvals a
            WHERE a.kind = 'Recipe' AND a.voided_utc IS NULL AND EXISTS (SELECT 1 FROM content_versions v
                WHERE v.content_item_id = a.content_item_id AND v.content_hash = a.content_hash AND {sql.Dialect.Is("v.published", true)} AND {sql.Dialect.Is("v.deleted", false)})
            GROUP BY a.content_item_id ORDER BY a.content_item_id LIMIT @limit
            """,
            r => r.GetString(0),
            cancellationToken,
            ("@limit", limit));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewState>> ListReviewsDueAsync(IReadOnlyDictionary<string, int> intervalMonths, DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        // Per type, from the index by review date: the never-reviewed items in id order, then the reviewed ones oldest first
        // up to a cutoff a few days past the exact one (month arithmetic is not exactly invertible), filtered exactly below.
        var never = new List<string>();
        var reviewed = new List<(string Id, DateTimeOffset Due)>();
        var published = $"FROM content_versions WHERE content_type = @type AND {sql.Dialect.Is("published", true)} AND {sql.Dialect.Is("deleted", false)}";
        foreach (var (type, months) in intervalMonths.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            // Only the id: the never-reviewed index holds it, so the page is read from that index alone in id order (asking
            // for the empty review date too made PostgreSQL prefer the review-date index and sort every never-reviewed item).
            never.AddRange(await sql.QueryAsync(
                $"SELECT content_item_id {published} AND reviewed_utc IS NULL ORDER BY content_item_id LIMIT @limit",
                r => r.GetString(0),
                cancellationToken,
                ("@type", type),
                ("@limit", limit)));
            var rows = await sql.QueryAsync(
                $"SELECT content_item_id, reviewed_utc {published} AND reviewed_utc <= @cutoff ORDER BY reviewed_utc, content_item_id LIMIT @limit",
                r => (Id: r.GetString(0), Due: sql.Dialect.ReadTime(r, 1).AddMonths(months)),
                cancellationToken,
                ("@type", type),
                ("@cutoff", sql.Dialect.ToDbTime(now.AddMonths(-months).AddDays(4))),
                ("@limit", limit));
            reviewed.AddRange(rows.Where(r => r.Due <= now));
        }

        var page = never.Order(StringComparer.Ordinal)
            .Concat(reviewed.OrderBy(r => r.Due).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Id))
            .Take(limit)
            .ToList();
        var states = (await GetReviewStatesAsync(intervalMonths.Keys.ToList(), page, cancellationToken)).ToDictionary(s => s.ContentItemId, StringComparer.Ordinal);
        return page.Where(states.ContainsKey).Select(id => states[id]).ToList();
    }

    // The review date kept on the items' latest and published versions: the newest valid clinical signature of the
    // version's content hash (recipe imports and samples do not count). Rows whose date does not change are not rewritten.
    private async Task RefreshReviewDatesAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var items = contentItemIds.Select((id, i) => ($"@item{i}", (object?)id)).ToArray();
        await sql.ExecuteAsync(
            $"""
            UPDATE content_versions SET reviewed_utc = r.signed FROM (
                SELECT v.content_item_version_id AS version, (SELECT MAX(a.signed_utc) FROM approvals a
                    WHERE a.content_item_id = v.content_item_id AND a.content_hash = v.content_hash AND a.voided_utc IS NULL
                      AND a.kind IN {ReviewKinds}) AS signed
                FROM content_versions v WHERE v.content_item_id IN ({string.Join(", ", items.Select(i => i.Item1))}) AND (v.latest OR v.published)) r
            WHERE content_versions.content_item_version_id = r.version AND content_versions.reviewed_utc IS DISTINCT FROM r.signed
            """,
            cancellationToken,
            items);
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
        StatementFormat = r.GetInt32(18),
        PreviousApprovalId = r.IsDBNull(19) ? null : r.GetString(19),
        SignedWith = r.IsDBNull(20) ? null : r.GetString(20),
    };
}
