using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>helpline-near-miss</c>: a number or web address one or two edits away from a resource's channel, and not exactly
/// any channel, is almost certainly a typo of it (1-800-799-7223 for 1-800-799-7233). The finding names both.
/// </summary>
internal sealed class HelplineNearMissRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.HelplineNearMiss;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        foreach (var match in context.Matches.Where(m => m.Outcome == MatchOutcome.NearMiss).DistinctBy(m => m.Found))
        {
            var what = match.Kind == ChannelKind.Phone ? "number" : "address";
            var edits = match.Distance == 1 ? "one edit" : "two edits";
            yield return new CheckFinding(
                Name,
                severity,
                $"The {what} {match.Found} is not {match.Resource!.Name}'s {match.Channel!.Field}, {match.Channel.Value}, but is {edits} away from it: probably a typo. Use {match.Channel.Value} exactly.",
                match.Field);
        }
    }
}
