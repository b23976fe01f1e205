using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// The seam the review screen reads the clinical safety checks' results through. The safety-check feature registers an
/// implementation (the same results as <c>GET /api/content/{id}/checks</c>); until then <see cref="NoSafetyCheckResults"/>
/// says none are available, and the screen shows only the workflow's own refusals.
/// </summary>
public interface ISafetyCheckResults
{
    /// <summary>The findings for the item's latest version; null when no safety checks are installed.</summary>
    Task<IReadOnlyList<CheckFinding>?> GetAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default);
}
