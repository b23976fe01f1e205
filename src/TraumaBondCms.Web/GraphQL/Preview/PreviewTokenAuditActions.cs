namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>The audit log's action names for preview tokens. Stable, like <see cref="Core.Audit.AuditActions"/>.</summary>
public static class PreviewTokenAuditActions
{
    /// <summary>An editor created a preview token (details: token id, expiry, label; never the secret).</summary>
    public const string Created = "preview_token.created";

    /// <summary>An editor revoked a preview token.</summary>
    public const string Revoked = "preview_token.revoked";
}
