using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>risk-topic-resource</c>: an item tagged with, or mentioning, a risk topic must link at least one verified crisis
/// resource that serves its region: picked in the type's related-resources field, or linked to by its website or chat
/// address. A number quoted in the text does not count: front ends render picked resources for the reader's region.
/// </summary>
internal sealed class RiskTopicResourceRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.RiskTopicResource;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        var topics = RiskTopicMatch.Find(context);
        if (topics.Count == 0 || context.IsResource)
        {
            yield break;
        }

        var linked = context.PickedResources
            .Concat(context.Matches.Where(m => m.Kind == ChannelKind.Web && m.Outcome == MatchOutcome.Matched).Select(m => m.Resource!))
            .DistinctBy(r => r.Item.ContentItemId)
            .ToList();
        if (linked.Any(r => Serves(context, r)))
        {
            yield break;
        }

        var region = context.Region?.Code ?? "any region";
        var why = string.Join(" and ", topics.Select(t => $"{t.Describe()} (risk topic '{t.Topic.Name}')"));
        var wrongRegion = linked.Where(r => r.IsCrisisLine && r.IsVerified).Select(r => $"{r.Name} serves {r.Region?.Code ?? "no region"}").ToList();
        var unverified = linked.Where(r => r.IsCrisisLine && !r.IsVerified).Select(r => $"{r.Name} is not verified").ToList();
        var suggestions = context.Resources.Where(r => Serves(context, r))
            .OrderByDescending(r => topics.Sum(t => t.Topic.Tags.Count(tag => r.Topics.Contains(tag, StringComparer.Ordinal))))
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Take(2)
            .Select(r => r.Name)
            .ToList();
        var where = context.Rules.RelatedResourcesField is { } field ? $"pick one in '{field}'" : "link one";
        yield return new CheckFinding(
            Name,
            severity,
            $"This item {why} but links no verified crisis resource for {region}: {where}"
                + (suggestions.Count > 0 ? $" (e.g. {string.Join(" or ", suggestions)})" : string.Empty)
                + " or link to a verified resource's website."
                + (wrongRegion.Count + unverified.Count > 0 ? $" Linked now: {string.Join("; ", wrongRegion.Concat(unverified))}." : string.Empty),
            context.Rules.RelatedResourcesField);
    }

    private static bool Serves(SafetyCheckContext context, ResourceSnapshot resource) =>
        resource.IsCrisisLine && resource.IsVerified && (context.Region is null || (resource.Region?.Serves(context.Region) ?? false));
}
