using System.Data.Common;
using System.Text.Json;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Data.Sql;

/// <summary>Resource verifications and safety check runs in portable SQL; see <see cref="ISafetyRepository"/>.</summary>
public sealed class SqlSafetyRepository(SqlRunner sql) : ISafetyRepository
{
    private const string SelectVerification = """
        SELECT verification_id, content_item_id, content_item_version_id, content_hash, channels_hash, channels,
               verified_by, verified_by_display_name, verified_utc, kind, note, method, checked_utc, statement_format, signed_with,
               signing_key_id, signature
        FROM resource_verifications
        """;

    private const string SelectRun = """
        SELECT run_id, content_item_id, content_item_version_id, content_hash, trigger_name, ran_utc, report
        FROM safety_check_runs
        """;

    /// <inheritdoc />
    public async Task AddVerificationAsync(ResourceVerification verification, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO resource_verifications (verification_id, content_item_id, content_item_version_id, content_hash, channels_hash,
                channels, verified_by, verified_by_display_name, verified_utc, kind, note, method, checked_utc, statement_format, signed_with,
                signing_key_id, signature)
            VALUES (@id, @item, @version, @hash, @channelsHash, @channels, @by, @byName, @at, @kind, @note, @method, @checked, @format, @signedWith,
                @keyId, @signature)
            """,
            cancellationToken,
            ("@id", verification.VerificationId),
            ("@item", verification.ContentItemId),
            ("@version", verification.ContentItemVersionId),
            ("@hash", verification.ContentHash),
            ("@channelsHash", verification.ChannelsHash),
            ("@channels", verification.Channels),
            ("@by", verification.VerifiedBy),
            ("@byName", verification.VerifiedByDisplayName),
            ("@at", sql.Dialect.ToDbTime(verification.VerifiedUtc)),
            ("@kind", verification.Kind.ToString()),
            ("@note", verification.Note),
            ("@method", verification.Method?.ToString()),
            ("@checked", sql.Dialect.ToDbTime(verification.CheckedUtc)),
            ("@format", verification.StatementFormat),
            ("@signedWith", verification.SignedWith),
            ("@keyId", verification.SigningKeyId),
            ("@signature", verification.Signature));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResourceVerification>> GetVerificationsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var parameters = contentItemIds.Distinct(StringComparer.Ordinal).Select((id, i) => ($"@id{i}", (object?)id)).ToArray();
        return await sql.QueryAsync(
            $"{SelectVerification} WHERE content_item_id IN ({string.Join(", ", parameters.Select(p => p.Item1))}) ORDER BY verified_utc DESC, verification_id DESC",
            ReadVerification,
            cancellationToken,
            parameters);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ResourceVerification>> ReadVerificationsForwardAsync(string? afterVerificationId, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectVerification} WHERE verification_id > @after ORDER BY verification_id LIMIT @limit",
            ReadVerification,
            cancellationToken,
            ("@after", afterVerificationId ?? string.Empty),
            ("@limit", Math.Clamp(limit, 1, 5_000)));

    /// <inheritdoc />
    public async Task AddCheckRunAsync(SafetyCheckRun run, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO safety_check_runs (run_id, content_item_id, content_item_version_id, content_hash, trigger_name, ran_utc,
                error_count, warning_count, report)
            VALUES (@id, @item, @version, @hash, @trigger, @at, @errors, @warnings, @report)
            """,
            cancellationToken,
            ("@id", run.RunId),
            ("@item", run.ContentItemId),
            ("@version", run.ContentItemVersionId),
            ("@hash", run.ContentHash),
            ("@trigger", run.Trigger),
            ("@at", sql.Dialect.ToDbTime(run.RanUtc)),
            ("@errors", run.Report.Errors),
            ("@warnings", run.Report.Warnings),
            ("@report", JsonSerializer.Serialize(run.Report, CmsJson.Options)));

    /// <inheritdoc />
    public async Task<IReadOnlyList<SafetyCheckRun>> GetCheckRunsAsync(string contentItemId, string? contentItemVersionId = null, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectRun} WHERE content_item_id = @item{(contentItemVersionId is null ? string.Empty : " AND content_item_version_id = @version")} ORDER BY ran_utc DESC, run_id DESC",
            ReadRun,
            cancellationToken,
            ("@item", contentItemId),
            ("@version", contentItemVersionId));

    private ResourceVerification ReadVerification(DbDataReader r) => new()
    {
        VerificationId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentItemVersionId = r.GetString(2),
        ContentHash = r.GetString(3),
        ChannelsHash = r.GetString(4),
        Channels = r.GetString(5),
        VerifiedBy = r.GetString(6),
        VerifiedByDisplayName = r.GetString(7),
        VerifiedUtc = sql.Dialect.ReadTime(r, 8),
        Kind = Enum.Parse<VerificationKind>(r.GetString(9)),
        Note = r.IsDBNull(10) ? null : r.GetString(10),
        Method = r.IsDBNull(11) ? null : Enum.Parse<VerificationMethod>(r.GetString(11)),
        CheckedUtc = sql.Dialect.ReadNullableTime(r, 12),
        StatementFormat = r.IsDBNull(13) ? null : r.GetInt32(13),
        SignedWith = r.IsDBNull(14) ? null : r.GetString(14),
        SigningKeyId = r.IsDBNull(15) ? null : r.GetString(15),
        Signature = r.IsDBNull(16) ? null : r.GetString(16),
    };

    private SafetyCheckRun ReadRun(DbDataReader r) => new()
    {
        RunId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentItemVersionId = r.GetString(2),
        ContentHash = r.GetString(3),
        Trigger = r.GetString(4),
        RanUtc = sql.Dialect.ReadTime(r, 5),
        Report = JsonSerializer.Deserialize<SafetyReport>(r.GetString(6), CmsJson.Options)
            ?? throw new JsonException("A stored safety check report is null."),
    };
}
