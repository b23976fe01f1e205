using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// What to do next with an item, said to the person looking at it: the workflow's buttons only show what can be done, not
/// that in "Changes requested" the way on is to edit and save, or that an approved item waits for an editor. Pure.
/// </summary>
public static class AdminNextStep
{
    /// <summary>The hint for <paramref name="actor"/> on <paramref name="view"/>'s latest version; null for types without a workflow.</summary>
    public static string? For(ItemView view, CmsActor actor)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(actor);
        if (view.Workflow is null)
        {
            return null;
        }

        var edits = actor.Has(Permissions.EditContent);
        var reviews = actor.Has(Permissions.ReviewContent);
        var allowed = view.Allowed.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        return view.Latest.Status switch
        {
            "Draft" when edits && allowed.Contains("submit") => "When the draft is ready, submit it for review: a clinical reviewer reads and signs it before it can be published.",
            "Draft" when edits => "Fix what the safety checks found (shown beside the fields on the Edit tab) and save; then submit it for review.",
            "Draft" => "A draft: the editor has not submitted it for review yet.",
            "InReview" when reviews && (allowed.Contains("approve") || allowed.Contains("requestChanges")) =>
                "Read the changes and the preview, then approve by signing with your password, or request changes with a comment saying what to fix.",
            "InReview" when reviews => "In review, but you cannot sign this version (see below): another clinical reviewer must.",
            "InReview" => "Waiting for a clinical reviewer. Withdraw it from review if you need to change something first.",
            "ChangesRequested" when edits =>
                "A reviewer asked for changes: their comments are listed on the Edit tab. Edit the item and save (the new version is a draft), then choose “Submit for review” again.",
            "ChangesRequested" => "Changes requested: waiting for the editor to save a new version and submit it again.",
            "Approved" when edits && allowed.Contains("publish") =>
                "Approved by a clinical reviewer: publish it now, or schedule it on the Publishing tab. Editing it again voids the approval.",
            "Approved" => "Approved: waiting for an editor to publish it.",
            "Published" when reviews => "Live. When its periodic review is due, confirm the clinical review here; an editor's new version comes to you for review first.",
            "Published" => "Live. Editing makes a new draft; readers keep seeing this version until the new one is approved and published.",
            "Unpublished" => edits ? "Offline. Edit and submit it to publish it again, or archive it." : "Offline: readers do not see it.",
            "Archived" => edits ? "Archived. Reopen it to work on it again." : "Archived.",
            _ => null,
        };
    }
}
