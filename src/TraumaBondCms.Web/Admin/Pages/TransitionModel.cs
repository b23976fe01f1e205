using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>POST /admin/items/{id}/transition/{name}</c>: makes a workflow transition through <see cref="WorkflowService.TransitionAsync"/>,
/// which checks every rule again (the buttons shown are only a courtesy), then goes back with what happened or every reason
/// it was refused.
/// </summary>
public sealed class TransitionModel(WorkflowService workflow) : AdminPageModel
{
    /// <summary>Not a page to visit: goes to the item's review screen.</summary>
    public IActionResult OnGet(string id) => Redirect($"/admin/items/{Uri.EscapeDataString(id)}/review");

    /// <summary>Makes the transition with the form's version, comment, field, reason, override reason, password and authenticator code.</summary>
    public async Task<IActionResult> OnPostAsync(
        string id,
        string name,
        [FromForm] string? version,
        [FromForm] string? comment,
        [FromForm] string? field,
        [FromForm] string? reason,
        [FromForm] string? overrideReason,
        [FromForm] string? password,
        [FromForm] string? code,
        [FromForm] string? returnUrl,
        CancellationToken cancellationToken)
    {
        var back = $"/admin/items/{Uri.EscapeDataString(id)}/review";
        var input = new TransitionInput
        {
            VersionId = string.IsNullOrWhiteSpace(version) ? null : version.Trim('"'),
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            CommentField = string.IsNullOrWhiteSpace(field) ? null : field,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            OverrideReason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim(),
            Password = string.IsNullOrEmpty(password) ? null : password,
            Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim(),
        };
        try
        {
            var result = await workflow.TransitionAsync(id, name, input, Actor, cancellationToken);
            var label = workflow.WorkflowOf(result.Version.ContentType)?.Find(name)?.Label ?? name;
            Flash = result.Approval is { } approval
                ? $"{label}: version {result.Version.Version} signed by {approval.ReviewerDisplayName} ({approval.Credential})."
                : $"{label}: version {result.Version.Version} is now {Admin.AdminFormat.StatusLabel(result.ToStatus).ToLowerInvariant()}.";
        }
        catch (WorkflowRefusedException e)
        {
            FlashError = "Not done. " + string.Join(" ", e.Decision.Refusals.Select(r => r.Message));
        }
        catch (ContentNotFoundException e)
        {
            FlashError = e.Message;
            return Redirect("/admin");
        }

        return RedirectBack(returnUrl, back);
    }
}
