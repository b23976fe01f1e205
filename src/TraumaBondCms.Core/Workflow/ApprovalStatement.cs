using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// What an approval's signature covers, as bytes: the canonical JSON (keys in a fixed order, no whitespace) of the
/// item and version ids, the exact content hash, the reviewer and their credential, who confirmed the credential and
/// when, whether that was independent, the kind and meaning of the signature, the comment and the UTC time to the
/// millisecond; from format 2 also the item's previous approval (so approvals cannot be removed from the middle of an
/// item's history unnoticed) and the identification components the signer gave. Changing any of these after signing
/// breaks the signature. Format 1 statements (signed before format 2) keep verifying as they were signed. Pure and
/// thread-safe.
/// </summary>
public static class ApprovalStatement
{
    /// <summary>The statement's format version new approvals are signed with, part of the signed bytes.</summary>
    public const int FormatVersion = 2;

    /// <summary>What a signature of <paramref name="kind"/> means, in the first person of the reviewer.</summary>
    public static string MeaningOf(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Approval => "I reviewed this exact content as a licensed clinician and approve it as clinically accurate and safe to show to readers.",
        ApprovalKind.Renewal => "I reviewed this exact published content again as a licensed clinician and confirm it is still clinically accurate and safe.",
        ApprovalKind.PostIncidentReview => "After its emergency unpublish, I reviewed this exact content as a licensed clinician and approve it for republication.",
        _ => "Not a clinical review: sample content published by a recipe for a first look.",
    };

    /// <summary>A time as signed: UTC, to the millisecond (every database keeps that much).</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    /// <summary>
    /// The bytes signed for <paramref name="approval"/> in its <see cref="Approval.StatementFormat"/> (its signature and
    /// voiding are not part of them); throws <see cref="ArgumentException"/> for a format this build does not know.
    /// </summary>
    public static byte[] Canonical(Approval approval)
    {
        if (approval.StatementFormat is < 1 or > FormatVersion)
        {
            throw new ArgumentException($"Approval statement format {approval.StatementFormat} is unknown to this build.", nameof(approval));
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", approval.StatementFormat);
            json.WriteString("approvalId", approval.ApprovalId);
            json.WriteString("kind", approval.Kind.ToString());
            json.WriteString("contentItemId", approval.ContentItemId);
            json.WriteString("contentItemVersionId", approval.ContentItemVersionId);
            json.WriteString("contentHash", approval.ContentHash);
            json.WriteString("reviewer", approval.Reviewer);
            json.WriteString("reviewerDisplayName", approval.ReviewerDisplayName);
            json.WriteString("credential", approval.Credential);
            json.WriteString("credentialConfirmedBy", approval.CredentialConfirmedBy);
            json.WriteString("credentialConfirmedUtc", Format(approval.CredentialConfirmedUtc));
            json.WriteBoolean("credentialIndependentlyConfirmed", approval.CredentialIndependentlyConfirmed);
            json.WriteString("meaning", approval.Meaning);
            json.WriteString("comment", approval.Comment);
            json.WriteString("signedUtc", Format(approval.SignedUtc));
            if (approval.StatementFormat >= 2)
            {
                json.WriteString("previousApprovalId", approval.PreviousApprovalId);
                json.WriteString("signedWith", approval.SignedWith);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The statement as text, for people and exports.</summary>
    public static string CanonicalText(Approval approval) => Encoding.UTF8.GetString(Canonical(approval));

    /// <summary>A time as statements write it: UTC, to the millisecond, e.g. <c>2026-12-07T10:30:15.123Z</c>; null stays null.</summary>
    public static string? Format(DateTimeOffset? time) =>
        time is { } t ? Truncate(t).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : null;
}
