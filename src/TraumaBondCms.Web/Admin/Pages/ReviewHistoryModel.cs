using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Admin.History;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/review-history</c>: the item's review record, oldest first: versions saved, submissions, comments
/// (resolved ones collapsed), requests for changes, signatures with their manifestation, voided approvals and why,
/// publications, emergency actions, verifications, schedules and preview links.
/// </summary>
public sealed class ReviewHistoryModel(AdminReadService reads, ReviewHistoryReader history) : AdminPageModel
{
    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>The events.</summary>
    public ReviewHistory History { get; private set; } = null!;

    /// <summary>Shows the record.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        History = await history.ReadAsync(id, Actor, cancellationToken);
        return Page();
    }
}
