using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// The <c>ClinicalSignature</c> object type: an approval's signed statement field by field, its exact text, the key id and
/// the ES256 signature (see <see cref="ClinicalSignatureValue"/>). Statement formats are documented in docs/clinical-governance.md;
/// tools/verify-review.mjs checks one without any of the CMS's code.
/// </summary>
public static class ClinicalSignatureType
{
    /// <summary>Adds the type to <paramref name="b"/>.</summary>
    public static void Add(SchemaBuilder b) => b.AddObjectType("ClinicalSignature", t => t
        .Description("A clinical reviewer's signature of the published content, field by field as signed. To check it: verify `value` (ES256 over the UTF-8 bytes of `statement`, IEEE P1363 form, base64url) with the key `keyId` from /.well-known/tbcms-signing-keys, then check that the statement (JSON) holds the fields shown here and the content hash of the published version (see tools/verify-review.mjs).")
        .Field("format", "Int!", f => f.Description("The statement format: 1, or 2 (which adds `previousApprovalId` and `signedWith`)."))
        .Field("approvalId", "ID!", f => f.Resolve(c => Signature(c).Approval.ApprovalId))
        .Field("kind", "String!", f => f.Description("`Approval`, `Renewal` or `PostIncidentReview`.").Resolve(c => Signature(c).Approval.Kind.ToString()))
        .Field("contentItemId", "ID!", f => f.Resolve(c => Signature(c).Approval.ContentItemId))
        .Field("contentItemVersionId", "ID!", f => f.Resolve(c => Signature(c).Approval.ContentItemVersionId))
        .Field("contentHash", "String!", f => f.Description("The exact content signed (`sha256:` and 64 hex digits over the type and canonical fields).").Resolve(c => Signature(c).Approval.ContentHash))
        .Field("reviewer", "String!", f => f.Description("The signer's user name.").Resolve(c => Signature(c).Approval.Reviewer))
        .Field("reviewerDisplayName", "String!", f => f.Description("The signer's printed name.").Resolve(c => Signature(c).Approval.ReviewerDisplayName))
        .Field("credential", "String!", f => f.Resolve(c => Signature(c).Approval.Credential))
        .Field("credentialConfirmedBy", "String", f => f.Resolve(c => Signature(c).Approval.CredentialConfirmedBy))
        .Field("credentialConfirmedUtc", "String", f => f.Description("As signed: UTC to the millisecond, e.g. `2026-12-07T10:30:15.123Z`."))
        .Field("credentialIndependentlyConfirmed", "Boolean!", f => f.Resolve(c => Signature(c).Approval.CredentialIndependentlyConfirmed))
        .Field("meaning", "String", f => f.Description("What the signature means, in the signer's words as the server states them.").Resolve(c => Signature(c).Approval.Meaning))
        .Field("comment", "String", f => f.Resolve(c => Signature(c).Approval.Comment))
        .Field("signedUtc", "String!", f => f.Description("When it was signed, as signed: UTC to the millisecond."))
        .Field("previousApprovalId", "ID", f => f.Description("Format 2: the item's approval signed before this one; null for its first.").Resolve(c => Signature(c).Approval.PreviousApprovalId))
        .Field("signedWith", "String", f => f.Description("Format 2: the identification components the signer gave, e.g. `password+totp`.").Resolve(c => Signature(c).Approval.SignedWith))
        .Field("statement", "String!", f => f.Description("The exact signed bytes as text (canonical JSON)."))
        .Field("algorithm", "String!", f => f.Resolve(_ => "ES256"))
        .Field("keyId", "String!", f => f.Description("The key that signed it, in /.well-known/tbcms-signing-keys.").Resolve(c => Signature(c).Approval.SigningKeyId ?? string.Empty))
        .Field("value", "String!", f => f.Description("The signature: ES256 (ECDSA P-256, SHA-256), IEEE P1363 form, base64url without padding.").Resolve(c => Signature(c).Approval.Signature ?? string.Empty))
        .Field("verified", "Boolean!", f => f.Description("True when this server verified the signature with its keys just now.")));

    private static ClinicalSignatureValue Signature(IResolveFieldContext c) => (ClinicalSignatureValue)c.Source!;
}
