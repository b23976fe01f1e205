using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin</c>: the dashboard, with the lists the user's roles need (drafts, changes requested, review queue, overdue reviews, schedules, recent publications).</summary>
public sealed class IndexModel(AdminReadService reads) : AdminPageModel
{
    /// <summary>The lists; set by <see cref="OnGetAsync"/>.</summary>
    public DashboardData Data { get; private set; } = null!;

    /// <summary>Loads the dashboard.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        Data = await reads.DashboardAsync(Actor, cancellationToken);
        return Page();
    }
}
