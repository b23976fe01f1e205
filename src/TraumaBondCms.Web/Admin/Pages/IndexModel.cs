using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Integrity;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin</c>: the dashboard, with the lists the user's roles need (drafts, changes requested, review queue, overdue reviews,
/// schedules, recent publications, search risk rules waiting for a signature), under a banner when published content failed its integrity check (withheld from readers)
/// or the last integrity check found breaks.
/// </summary>
public sealed class IndexModel(AdminReadService reads, IntegrityAlerts alerts, IntegrityMonitor monitor, Data.ICmsStore store) : AdminPageModel
{
    /// <summary>The lists; set by <see cref="OnGetAsync"/>.</summary>
    public DashboardData Data { get; private set; } = null!;

    /// <summary>Published versions this node withholds from readers because they failed their integrity check.</summary>
    public IReadOnlyList<WithheldVersion> Withheld => alerts.Withheld;

    /// <summary>The last integrity check, when it found breaks; null otherwise.</summary>
    public IntegrityReport? BrokenCheck => monitor.Last is { Passed: false } report ? report : null;

    /// <summary>How many scopes of search risk rules wait for a clinician's signature; null when the user may not see them.</summary>
    public int? RiskRulesWaiting { get; private set; }

    /// <summary>Loads the dashboard.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        Data = await reads.DashboardAsync(Actor, cancellationToken);
        if (Actor.Has(Permissions.ReviewContent) || Actor.Has(Permissions.ManageSettings))
        {
            await using var session = await store.OpenReadAsync(cancellationToken);
            RiskRulesWaiting = await Search.RiskRules.RiskRuleReviewService.WaitingAsync(session, cancellationToken);
        }


        return Page();
    }
}
