using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>helpline-number</c>: every number that looks like a helpline (see <see cref="PhoneNumberExtractor"/>) must be a
/// channel of a verified resource, an emergency number, or (in a resource) one of its own channels.
/// </summary>
internal sealed class HelplineNumberRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.HelplineNumber;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        foreach (var match in context.Matches.Where(m => m.Kind == ChannelKind.Phone).DistinctBy(m => (m.Found, m.Outcome)))
        {
            var message = match switch
            {
                { Outcome: MatchOutcome.Unknown } =>
                    $"The number {match.Found} ({match.Reason}) is not the number of any verified resource. Correct it, or add the service as a Resource and have it verified.",
                { Outcome: MatchOutcome.Unverified, Resource: { } resource } =>
                    $"The number {match.Found} belongs to {resource.Name}, whose contact details are not verified ({resource.DescribeVerification()}). Have the resource verified first.",
                _ => null,
            };
            if (message is not null)
            {
                yield return new CheckFinding(Name, severity, message, match.Field);
            }
        }
    }
}
