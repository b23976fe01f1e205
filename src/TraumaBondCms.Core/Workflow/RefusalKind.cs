namespace TraumaBondCms.Core.Workflow;

/// <summary>The kind of a refusal, which fixes the HTTP status and GraphQL error code.</summary>
public enum RefusalKind
{
    /// <summary>This actor may not do this (HTTP 403, FORBIDDEN): wrong role, own work, expired credential, wrong password.</summary>
    Forbidden,

    /// <summary>The item is not in a state that allows it (HTTP 409, CONFLICT): wrong status, stale version, unapproved hash.</summary>
    Conflict,

    /// <summary>The request lacks something required (HTTP 400, VALIDATION_FAILED): a comment or reason.</summary>
    Invalid,
}
