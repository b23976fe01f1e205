using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>No safety checks installed: always null, so the review screen says the checks are not available yet.</summary>
public sealed class NoSafetyCheckResults : ISafetyCheckResults
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>?> GetAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CheckFinding>?>(null);
}
