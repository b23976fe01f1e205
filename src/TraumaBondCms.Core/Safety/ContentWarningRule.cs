using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary><c>content-warning</c>: an item tagged with a risk topic must fill its content warning field.</summary>
internal sealed class ContentWarningRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.ContentWarning;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        if (context.Rules.ContentWarningField is not { } field || !string.IsNullOrWhiteSpace(context.Item.Fields.GetString(field)))
        {
            yield break;
        }

        var tagged = RiskTopicMatch.Find(context).Where(t => t.Tag is not null).ToList();
        if (tagged.Count > 0)
        {
            yield return new CheckFinding(
                Name,
                severity,
                $"This item {string.Join(" and ", tagged.Select(t => $"{t.Describe()} (risk topic '{t.Topic.Name}')"))}, so it needs a content warning in '{field}' (e.g. 'Discusses emotional and physical abuse in general terms.').",
                field);
        }
    }
}
