namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// What a transition does beyond moving the version's status. Transition names, statuses and roles are data
/// (recipes); effects are the few behaviours the code knows, each with its own rules.
/// </summary>
public enum WorkflowEffect
{
    /// <summary>Only the status changes (e.g. submit for review, archive).</summary>
    None,

    /// <summary>A clinical reviewer sends the version back; a comment is required.</summary>
    RequestChanges,

    /// <summary>A clinical reviewer signs the version's content hash (password re-entered, credential valid, not a contributor).</summary>
    Approve,

    /// <summary>The version goes live; when the workflow requires approval, a valid approval of its exact hash must exist.</summary>
    Publish,

    /// <summary>The published version goes offline.</summary>
    Unpublish,

    /// <summary>The published version goes offline at once; a reason is required and the item is flagged for follow-up review.</summary>
    EmergencyUnpublish,

    /// <summary>A clinical reviewer signs the unchanged published version again, renewing its review date without a new publish.</summary>
    RenewReview,

    /// <summary>
    /// After an emergency unpublish, a clinical reviewer signs the version to republish, with a reason (password re-entered,
    /// like an approval): the version becomes approved and the follow-up closes. Until then nothing of the item can be published.
    /// </summary>
    PostIncidentReview,
}
