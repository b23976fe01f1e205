using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Admin;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// The admin review screen's safety section: a fresh run of the checks on the latest version (nothing stored, no
/// status changed), the same findings <c>POST /api/content/{id}/checks/run</c> returns. Null when the type runs no checks.
/// </summary>
public sealed class SafetyCheckResults(SafetyCheckService checks) : ISafetyCheckResults
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckFinding>?> GetAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default) =>
        (await checks.RunAsync(contentItemId, null, actor, cancellationToken)).Report?.Findings;
}
