using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Audit;

/// <summary>
/// The audit log as a hash chain: each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical
/// JSON (time to the millisecond, actor, action, item, version, content hash, statuses, reason, details), so changing,
/// inserting or removing an entry changes every hash after it. The first entry follows <see cref="Genesis"/>. A small
/// signed head (<see cref="AuditHead"/>) then vouches for everything before it. Entries written before the chain existed
/// have no stored hash; the chain runs through them all the same (the first stored hash depends on every one of them).
/// Pure and thread-safe.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The hash of <paramref name="entry"/> following <paramref name="previousHash"/>.</summary>
    public static string Next(string previousHash, AuditEntry entry)
    {
        var canonical = Canonical(entry);
        var prefix = Encoding.UTF8.GetBytes(previousHash + "\n");
        var data = new byte[prefix.Length + canonical.Length];
        prefix.CopyTo(data, 0);
        canonical.CopyTo(data, prefix.Length);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(data));
    }

    /// <summary>A time as the log keeps it: UTC, to the millisecond (what both engines store exactly).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => ApprovalStatement.Truncate(time);

    /// <summary>The bytes of <paramref name="entry"/> the chain covers (its id and hashes are not part of them).</summary>
    public static byte[] Canonical(AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("occurredUtc", ApprovalStatement.Format(entry.OccurredUtc));
            json.WriteString("actor", entry.Actor);
            json.WriteString("action", entry.Action);
            json.WriteString("contentItemId", entry.ContentItemId);
            json.WriteString("contentItemVersionId", entry.ContentItemVersionId);
            json.WriteString("contentHash", entry.ContentHash);
            json.WriteString("fromStatus", entry.FromStatus);
            json.WriteString("toStatus", entry.ToStatus);
            json.WriteString("reason", entry.Reason);
            json.WriteString("details", entry.Details);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
