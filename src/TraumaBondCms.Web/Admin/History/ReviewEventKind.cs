namespace TraumaBondCms.Web.Admin.History;

/// <summary>What a review history event is; the page and the tests tell events apart by it.</summary>
public enum ReviewEventKind
{
    /// <summary>The item's first version was saved.</summary>
    Created,

    /// <summary>A new version was saved (or an old one restored as a new version).</summary>
    Saved,

    /// <summary>A version was submitted for review.</summary>
    Submitted,

    /// <summary>A version was withdrawn from review.</summary>
    Withdrawn,

    /// <summary>A reviewer sent a version back with a comment.</summary>
    ChangesRequested,

    /// <summary>A reviewer or editor commented.</summary>
    Comment,

    /// <summary>A reviewer signed a version (approval or periodic re-review); see <see cref="ReviewEvent.Signature"/>.</summary>
    Approved,

    /// <summary>An approval stopped counting (the approved content was edited).</summary>
    ApprovalVoided,

    /// <summary>A version went live.</summary>
    Published,

    /// <summary>The live version was taken offline.</summary>
    Unpublished,

    /// <summary>The live version was taken offline at once for safety, and the item flagged for clinical follow-up.</summary>
    EmergencyUnpublished,

    /// <summary>A crisis resource's contact details were verified.</summary>
    Verified,

    /// <summary>A publish or unpublish was scheduled, cancelled or skipped.</summary>
    Schedule,

    /// <summary>A preview link for an external reviewer was created or revoked.</summary>
    PreviewLink,

    /// <summary>Another workflow step (archive, reopen, ...) or a recorded action this page has no words of its own for.</summary>
    Other,
}
