using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Search.RiskRules;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/risk-rules</c>: the search risk rules of every scope for clinical reviewers and administrators: what is in force,
/// who signed it, and the change waiting for a signature as a diff (added, removed, changed), with forms to approve (sign) or
/// reject it through <see cref="RiskRuleReviewService"/>, which checks every rule again.
/// </summary>
public sealed class RiskRulesModel(RiskRuleReviewService service, ICmsStore store) : AdminPageModel
{
    /// <summary>Every scope's rules; set by <see cref="OnGetAsync"/>.</summary>
    public IReadOnlyList<RiskRuleSetView> Scopes { get; private set; } = [];

    /// <summary>True when the signed-in user signs with an authenticator code beside the password.</summary>
    public bool SignsWithCode { get; private set; }

    /// <summary>Loads the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ReviewContent) && !Actor.Has(Permissions.ManageSettings))
        {
            return Denied(Permissions.ReviewContent);
        }

        Scopes = await service.ListAsync(Actor, cancellationToken);
        if (Actor.UserId is { } id)
        {
            await using var session = await store.OpenReadAsync(cancellationToken);
            SignsWithCode = await session.SecondFactors.GetAsync(id, cancellationToken) is { Confirmed: true };
        }

        return Page();
    }

    /// <summary>Signs the waiting change of <paramref name="scope"/>.</summary>
    public Task<IActionResult> OnPostApproveAsync([FromForm] string? scope, [FromForm] string? proposalId, [FromForm] string? password, [FromForm] string? code, [FromForm] string? comment, CancellationToken cancellationToken) =>
        DecideAsync(scope, new RiskRuleDecision { ProposalId = proposalId, Password = password, Code = code, Comment = comment }, approve: true, cancellationToken);

    /// <summary>Rejects the waiting change of <paramref name="scope"/>.</summary>
    public Task<IActionResult> OnPostRejectAsync([FromForm] string? scope, [FromForm] string? proposalId, [FromForm] string? password, [FromForm] string? code, [FromForm] string? comment, CancellationToken cancellationToken) =>
        DecideAsync(scope, new RiskRuleDecision { ProposalId = proposalId, Password = password, Code = code, Comment = comment }, approve: false, cancellationToken);

    private async Task<IActionResult> DecideAsync(string? scope, RiskRuleDecision input, bool approve, CancellationToken cancellationToken)
    {
        input = input with { Code = string.IsNullOrWhiteSpace(input.Code) ? null : input.Code.Trim(), Password = string.IsNullOrEmpty(input.Password) ? null : input.Password };
        try
        {
            var label = RiskRuleReviewService.LabelOf(scope ?? string.Empty);
            if (approve)
            {
                var view = await service.ApproveAsync(scope ?? string.Empty, input, Actor, cancellationToken);
                Flash = $"Risk rules for {label}: version {view.Approved?.Version} signed by {view.Approved?.SignedByDisplayName} ({view.Approved?.Credential}); these rules are now in force.";
            }
            else
            {
                await service.RejectAsync(scope ?? string.Empty, input, Actor, cancellationToken);
                Flash = $"Risk rules for {label}: the proposed change was rejected; the signed rules stay in force.";
            }
        }
        catch (WorkflowRefusedException e)
        {
            FlashError = "Not done. " + string.Join(" ", e.Decision.Refusals.Select(r => r.Message));
        }
        catch (Exception e) when (e is ContentValidationException or ContentNotFoundException or CmsForbiddenException)
        {
            FlashError = "Not done. " + e.Message;
        }

        return RedirectToPage();
    }
}
