namespace TraumaBondCms.Core.Workflow;

/// <summary>How an approval came about.</summary>
public enum ApprovalKind
{
    /// <summary>A reviewer approved a version submitted for review.</summary>
    Approval,

    /// <summary>A reviewer re-approved the unchanged published version (periodic re-review).</summary>
    Renewal,

    /// <summary>A recipe published sample content without a clinical signature; it counts as never reviewed, and only where sample content may be served.</summary>
    Recipe,

    /// <summary>After an emergency unpublish, a reviewer signed the version to republish, with a reason: it closes the follow-up.</summary>
    PostIncidentReview,
}
