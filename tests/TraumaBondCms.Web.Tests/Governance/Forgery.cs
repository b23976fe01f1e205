using Microsoft.Data.Sqlite;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// What an attacker with write access to the database (but not to the signing key file) can do to approvals: insert one
/// for the exact hash without a valid signature, or change a signed one. Written with raw SQL on the host's SQLite file, or
/// through the store for any engine (<see cref="ReplayApprovalAsync"/>).
/// </summary>
internal static class Forgery
{
    /// <summary>
    /// Makes the latest version of <paramref name="contentItemId"/> look approved: its status becomes Approved and an
    /// approval of its exact hash by <paramref name="reviewer"/> is inserted, carrying a real signature replayed from
    /// another approval (of other content), so that only checking the signature against the exact statement can tell.
    /// </summary>
    public static async Task ForgeApprovedAsync(CmsTestHost host, string contentItemId, string reviewer = "dr.okafor")
    {
        await ForgeApprovalAsync(host, contentItemId, reviewer, replaySignature: true);
        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE content_versions SET workflow_status = 'Approved' WHERE content_item_id = $item AND latest = 1";
        command.Parameters.AddWithValue("$item", contentItemId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Through <paramref name="store"/> (any engine, e.g. the PostgreSQL database several nodes share): makes the latest
    /// version of <paramref name="contentItemId"/> Approved and gives it a copy of the first signed approval of
    /// <paramref name="genuineFrom"/> (voided or not: the item's own approval of an earlier version will do), re-addressed to
    /// its ids and exact hash and valid, with the genuine signature kept.
    /// </summary>
    public static async Task ReplayApprovalAsync(ICmsStore store, string genuineFrom, string contentItemId)
    {
        await using var session = await store.BeginWriteAsync();
        var genuine = (await session.Workflow.GetApprovalsAsync(genuineFrom)).First(a => a.Signature is not null);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest) ?? throw new InvalidOperationException($"No item {contentItemId}.");
        await session.Workflow.AddApprovalAsync(genuine with
        {
            ApprovalId = "forged-" + Guid.NewGuid().ToString("N")[..16],
            ContentItemId = contentItemId,
            ContentItemVersionId = latest.ContentItemVersionId,
            ContentHash = latest.ContentHash,
            VoidedUtc = null,
            VoidedReason = null,
        });
        await session.Workflow.SetStatusAsync(latest.ContentItemVersionId, "Approved");
        await session.CommitAsync();
    }

    /// <summary>Inserts an approval of the latest version of <paramref name="contentItemId"/> that claims <paramref name="reviewer"/> signed it, unsigned or with a replayed signature.</summary>
    public static async Task ForgeApprovalAsync(CmsTestHost host, string contentItemId, string reviewer = "dr.okafor", bool replaySignature = false)
    {
        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO approvals (approval_id, content_item_id, content_item_version_id, content_hash, reviewer, reviewer_display_name, credential,
                signed_utc, kind, meaning, credential_confirmed_by, credential_independently_confirmed, signing_key_id, signature)
            SELECT 'forged-' || lower(hex(randomblob(8))), content_item_id, content_item_version_id, content_hash, $reviewer, $reviewer,
                'LCSW, licence FORGED, valid to 2099-12-31', '2026-01-01T00:00:00.0000000Z', 'Approval', 'forged', 'admin.second', 1,
                CASE WHEN $replay THEN (SELECT signing_key_id FROM approvals WHERE signature IS NOT NULL AND content_item_id <> $item LIMIT 1) END,
                CASE WHEN $replay THEN (SELECT signature FROM approvals WHERE signature IS NOT NULL AND content_item_id <> $item LIMIT 1) END
            FROM content_versions WHERE content_item_id = $item AND latest = 1
            """;
        command.Parameters.AddWithValue("$reviewer", reviewer);
        command.Parameters.AddWithValue("$replay", replaySignature);
        command.Parameters.AddWithValue("$item", contentItemId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rewrites one column of every approval of <paramref name="contentItemId"/> (as a tampering would).</summary>
    public static async Task TamperAsync(CmsTestHost host, string contentItemId, string column, string value)
    {
        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE approvals SET {column} = $value WHERE content_item_id = $item";
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$item", contentItemId);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts a publish of the latest version of <paramref name="contentItemId"/> that was due long ago, as if <paramref name="createdBy"/> had scheduled it.</summary>
    public static async Task AddDueScheduleAsync(CmsTestHost host, string contentItemId, string createdBy)
    {
        await using var connection = await OpenAsync(host);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO schedules (schedule_id, content_item_id, content_item_version_id, action, due_utc, created_by, created_utc, state)
            SELECT 'forged-' || lower(hex(randomblob(8))), content_item_id, content_item_version_id, 'Publish', '2001-01-01T00:00:00.0000000Z', $owner, '2001-01-01T00:00:00.0000000Z', 'Pending'
            FROM content_versions WHERE content_item_id = $item AND latest = 1
            """;
        command.Parameters.AddWithValue("$owner", createdBy);
        command.Parameters.AddWithValue("$item", contentItemId);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(CmsTestHost host)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(host.DataPath, "cms.db")};Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        return connection;
    }
}
