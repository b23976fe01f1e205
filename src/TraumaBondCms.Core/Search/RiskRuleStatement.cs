using System.Text.Json;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Search;

/// <summary>
/// What the server's signature of a <see cref="RiskRuleApproval"/> covers, as bytes: the canonical JSON (keys in a fixed
/// order, no whitespace) of the format, the scope, version and rules in order, the proposal, who proposed and when, who
/// signed with which credential and who confirmed it, the time (to the millisecond), the components given, the meaning and
/// the comment. Changing any of these after signing breaks the signature. Pure and thread-safe.
/// </summary>
public static class RiskRuleStatement
{
    /// <summary>The statement's format version, part of the signed bytes.</summary>
    public const int FormatVersion = 1;

    /// <summary>What a reviewer's signature of a rule set means.</summary>
    public const string Meaning =
        "I reviewed these risk rules as a licensed clinician: searches they match show crisis resources first, and removing or changing a rule stops those searches from being flagged.";

    /// <summary>The bytes signed for <paramref name="approval"/> (its signature is not part of them).</summary>
    public static byte[] Canonical(RiskRuleApproval approval)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("kind", "risk-rules");
            json.WriteString("scope", approval.Scope);
            json.WriteNumber("version", approval.Version);
            json.WriteStartArray("rules");
            foreach (var rule in approval.Rules)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteString("proposalId", approval.ProposalId);
            json.WriteString("proposedBy", approval.ProposedBy);
            json.WriteString("proposedUtc", ApprovalStatement.Format(approval.ProposedUtc));
            json.WriteString("signedBy", approval.SignedBy);
            json.WriteString("signedByDisplayName", approval.SignedByDisplayName);
            json.WriteString("credential", approval.Credential);
            json.WriteString("credentialConfirmedBy", approval.CredentialConfirmedBy);
            json.WriteString("signedUtc", ApprovalStatement.Format(approval.SignedUtc));
            json.WriteString("signedWith", approval.SignedWith);
            if (approval.PreviousVersion is { } previous)
            {
                json.WriteNumber("previousVersion", previous);
            }
            else
            {
                json.WriteNull("previousVersion");
            }

            json.WriteString("meaning", Meaning);
            json.WriteString("comment", approval.Comment);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
