namespace TraumaBondCms.Web.Workflow;

/// <summary>What a caller sends with a transition.</summary>
public sealed record TransitionInput
{
    /// <summary>The version id the caller acted on (required for signatures; when given for others, a newer version refuses the move).</summary>
    public string? VersionId { get; init; }

    /// <summary>A comment (required to request changes; kept with approvals).</summary>
    public string? Comment { get; init; }

    /// <summary>For a comment: the field it is about.</summary>
    public string? CommentField { get; init; }

    /// <summary>A reason (required for an emergency unpublish).</summary>
    public string? Reason { get; init; }

    /// <summary>Why a reviewer signs despite check warnings; recorded in the audit trail.</summary>
    public string? OverrideReason { get; init; }

    /// <summary>The actor's password, re-entered to sign an approval.</summary>
    public string? Password { get; init; }

    /// <summary>A fresh code from the actor's authenticator app (or a recovery code), beside the password, when they have a second factor.</summary>
    public string? Code { get; init; }
}
