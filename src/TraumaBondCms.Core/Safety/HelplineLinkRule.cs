using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>helpline-link</c>: a link that looks like a helpline (its text or paragraph speaks of a hotline, helpline, crisis
/// line, chat or text line) must lead to the site of a verified resource.
/// </summary>
internal sealed class HelplineLinkRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.HelplineLink;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        foreach (var match in context.Matches.Where(m => m.Kind == ChannelKind.Web).DistinctBy(m => (m.Found, m.Outcome)))
        {
            var message = match switch
            {
                { Outcome: MatchOutcome.Unknown } =>
                    $"The link {match.Found} ({match.Reason}) does not lead to the site of any verified resource. Link the service's Resource, or add it as a Resource and have it verified.",
                { Outcome: MatchOutcome.Unverified, Resource: { } resource } =>
                    $"The link {match.Found} leads to {resource.Name}, whose contact details are not verified ({resource.DescribeVerification()}). Have the resource verified first.",
                _ => null,
            };
            if (message is not null)
            {
                yield return new CheckFinding(Name, severity, message, match.Field);
            }
        }
    }
}
