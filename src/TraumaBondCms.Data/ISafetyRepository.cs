using TraumaBondCms.Core.Safety;

namespace TraumaBondCms.Data;

/// <summary>
/// The records of the clinical safety checks: resource verifications and the check runs stored with versions. Both are
/// append-only: nothing here updates or deletes.
/// </summary>
public interface ISafetyRepository
{
    /// <summary>Records a verification of a resource's contact details.</summary>
    Task AddVerificationAsync(ResourceVerification verification, CancellationToken cancellationToken = default);

    /// <summary>The verifications of the given items, newest first; empty when there are none.</summary>
    Task<IReadOnlyList<ResourceVerification>> GetVerificationsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>The verifications whose id sorts after <paramref name="afterVerificationId"/> (every one when null), in id order, at most <paramref name="limit"/> (1–5,000): for walking them all.</summary>
    Task<IReadOnlyList<ResourceVerification>> ReadVerificationsForwardAsync(string? afterVerificationId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Stores a run of the safety checks.</summary>
    Task AddCheckRunAsync(SafetyCheckRun run, CancellationToken cancellationToken = default);

    /// <summary>The check runs of an item (of one version, or all), newest first.</summary>
    Task<IReadOnlyList<SafetyCheckRun>> GetCheckRunsAsync(string contentItemId, string? contentItemVersionId = null, CancellationToken cancellationToken = default);
}
