using System.Text.Json;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// What the server's signature of a <see cref="ResourceVerification"/> covers, as bytes: the canonical JSON (keys in a
/// fixed order, no whitespace) of the record's id, the resource and version checked, the content and channel hashes, the
/// checked channel values, who checked, how and when (to the millisecond), the note, what the record means and the
/// identification components the verifier gave. Changing any of these after signing breaks the signature. Pure and
/// thread-safe.
/// </summary>
public static class VerificationStatement
{
    /// <summary>The statement's format version, part of the signed bytes.</summary>
    public const int FormatVersion = 1;

    /// <summary>What a verification of <paramref name="kind"/> means.</summary>
    public static string MeaningOf(VerificationKind kind) => kind switch
    {
        VerificationKind.Person => "I checked that these contact details reach the service, by the method stated, at the time stated.",
        _ => "Not a person's check: a recipe recorded these contact details when it installed the resource.",
    };

    /// <summary>The bytes signed for <paramref name="verification"/> (its signature is not part of them).</summary>
    public static byte[] Canonical(ResourceVerification verification)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", verification.StatementFormat ?? FormatVersion);
            json.WriteString("verificationId", verification.VerificationId);
            json.WriteString("kind", verification.Kind.ToString());
            json.WriteString("contentItemId", verification.ContentItemId);
            json.WriteString("contentItemVersionId", verification.ContentItemVersionId);
            json.WriteString("contentHash", verification.ContentHash);
            json.WriteString("channelsHash", verification.ChannelsHash);
            json.WriteString("channels", verification.Channels);
            json.WriteString("verifiedBy", verification.VerifiedBy);
            json.WriteString("verifiedByDisplayName", verification.VerifiedByDisplayName);
            json.WriteString("method", verification.Method?.ToString());
            json.WriteString("checkedUtc", ApprovalStatement.Format(verification.CheckedUtc));
            json.WriteString("verifiedUtc", ApprovalStatement.Format(verification.VerifiedUtc));
            json.WriteString("note", verification.Note);
            json.WriteString("meaning", MeaningOf(verification.Kind));
            json.WriteString("signedWith", verification.SignedWith);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
