using System.Globalization;
using System.Text.Json;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Audit;

/// <summary>
/// A signed head of the audit chain: the server's statement that the log's entry <see cref="Sequence"/> had the hash
/// <see cref="HeadHash"/> at <see cref="SignedUtc"/>, which vouches for that entry and every one before it. Heads are kept in
/// the database and appended to a file outside it, so removing entries and rewriting the chain is found by comparing the
/// chain with heads the rewriter could not sign.
/// </summary>
/// <param name="Sequence">The id of the entry the head covers (the newest at the time).</param>
/// <param name="HeadHash">That entry's <see cref="AuditEntry.EntryHash"/>.</param>
/// <param name="SignedUtc">When the head was signed (to the millisecond).</param>
/// <param name="SigningKeyId">The server key that signed it.</param>
/// <param name="Signature">The signature over <see cref="Canonical()"/> (ES256, base64url).</param>
public sealed record AuditHead(long Sequence, string HeadHash, DateTimeOffset SignedUtc, string SigningKeyId, string Signature)
{
    /// <summary>The statement's format version, part of the signed bytes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The bytes signed for a head of entry <paramref name="sequence"/> with <paramref name="headHash"/> at <paramref name="signedUtc"/>.</summary>
    public static byte[] Canonical(long sequence, string headHash, DateTimeOffset signedUtc)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("log", "tbcms-audit");
            json.WriteNumber("sequence", sequence);
            json.WriteString("headHash", headHash);
            json.WriteString("signedUtc", ApprovalStatement.Format(signedUtc));
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The bytes this head's signature covers.</summary>
    public byte[] Canonical() => Canonical(Sequence, HeadHash, SignedUtc);

    /// <summary>The head as one line of the heads file (JSON, no line breaks).</summary>
    public string ToLine() => JsonSerializer.Serialize(new Line(Sequence, HeadHash, ApprovalStatement.Format(SignedUtc)!, SigningKeyId, Signature), LineOptions);

    /// <summary>Reads a line written by <see cref="ToLine"/>; throws <see cref="FormatException"/> for anything else.</summary>
    public static AuditHead FromLine(string line)
    {
        Line? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Line>(line, LineOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a signed audit head: {e.Message}", e);
        }

        if (parsed is null || parsed.HeadHash is null || parsed.SigningKeyId is null || parsed.Signature is null
            || !DateTimeOffset.TryParse(parsed.SignedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signed))
        {
            throw new FormatException("A signed audit head needs sequence, headHash, signedUtc, signingKeyId and signature.");
        }

        return new AuditHead(parsed.Sequence, parsed.HeadHash, signed.ToUniversalTime(), parsed.SigningKeyId, parsed.Signature);
    }

    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web);

    private sealed record Line(long Sequence, string? HeadHash, string? SignedUtc, string? SigningKeyId, string? Signature);
}
