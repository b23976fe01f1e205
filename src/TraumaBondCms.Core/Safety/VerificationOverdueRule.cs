using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>verification-overdue</c>: the item quotes, links or picks a resource whose verification is overdue. The resource
/// stays published and usable; the finding asks for it to be verified again.
/// </summary>
internal sealed class VerificationOverdueRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.VerificationOverdue;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        var overdue = context.Matches.Where(m => m.Outcome == MatchOutcome.Matched).Select(m => m.Resource!)
            .Concat(context.PickedResources)
            .Where(r => r.Status == VerificationStatus.Overdue)
            .DistinctBy(r => r.Item.ContentItemId);
        foreach (var resource in overdue)
        {
            yield return new CheckFinding(
                Name,
                severity,
                $"{resource.Name} is quoted or linked here, but its verification is overdue ({resource.DescribeVerification()}). Ask a reviewer to verify it again.");
        }
    }
}
