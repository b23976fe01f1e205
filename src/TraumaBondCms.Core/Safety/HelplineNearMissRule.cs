using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>helpline-near-miss</c>: a number or web address one or two edits away from a resource's channel, and not exactly
/// any channel, is almost certainly a typo of it (1-800-799-7223 for 1-800-799-7233). The finding says, in words an editor
/// understands, which resource it looks like, how it differs (<see cref="TypoDescription"/>) and the exact value to use.
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
            var phone = match.Kind == ChannelKind.Phone;
            var channel = match.Channel!;
            var difference = phone
                ? TypoDescription.Describe(PhoneNumberKey.Parse(match.Found).NationalDigits, channel.Phone!.Value.NationalDigits, "digit")
                : TypoDescription.Describe(WebHosts.Of(match.Found) ?? match.Found, channel.Host!, "letter");
            yield return new CheckFinding(
                Name,
                severity,
                $"This looks like the {match.Resource!.Name} {(phone ? "number" : "address")} with {difference}: use {channel.Value} (the text has {match.Found}).",
                match.Field);
        }
    }
}
