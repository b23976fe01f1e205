using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// Runs the safety rules a content type configures, in the fixed order of <see cref="SafetyRuleNames.All"/>, and
/// gathers the report. Pure: everything it needs is in the <see cref="SafetyCheckContext"/>. Thread-safe (a context is
/// used by one call at a time).
/// </summary>
public static class SafetyChecker
{
    private static readonly IReadOnlyList<ISafetyRule> Rules =
    [
        new HelplineNumberRule(),
        new HelplineNearMissRule(),
        new HelplineLinkRule(),
        new VerificationOverdueRule(),
        new RiskTopicResourceRule(),
        new ContentWarningRule(),
        new ReadabilityRule(),
        new LinksRule(),
        new RawHtmlRule(),
        new PromotionalRule(),
        new ResourceRegionRule(),
        new ResourceChannelsRule(),
        new MediaPhoneCheckRule(),
    ];

    /// <summary>Runs every rule the item's type configures.</summary>
    public static SafetyReport Run(SafetyCheckContext context)
    {
        var findings = new List<CheckFinding>();
        foreach (var rule in Rules)
        {
            if (context.Rules.SeverityOf(rule.Name) is { } severity)
            {
                findings.AddRange(rule.Check(context, severity));
            }
        }

        return new SafetyReport(
            findings,
            context.Readability,
            context.Matches.Select(ChannelMatchSummary.From).ToList(),
            RiskTopicMatch.Find(context).Select(t => t.Topic.Name).ToList());
    }
}
