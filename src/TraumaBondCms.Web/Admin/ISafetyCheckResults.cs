using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// What the review screen reads the clinical safety checks' results through (implemented by
/// <see cref="Safety.SafetyCheckResults"/>: a fresh run on the latest version, as <c>POST /api/content/{id}/checks/run</c>).
/// </summary>
public interface ISafetyCheckResults
{
    /// <summary>The findings for the item's latest version; null when its type runs no safety checks.</summary>
    Task<IReadOnlyList<CheckFinding>?> GetAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default);
}
