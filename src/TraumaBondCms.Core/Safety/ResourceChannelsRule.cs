using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>resource-channels</c>: a crisis resource must give at least one way to reach it directly (a phone or text number,
/// or a chat address) and, when its type has an Hours field among its channels, its hours.
/// </summary>
internal sealed class ResourceChannelsRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.ResourceChannels;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        var settings = context.Settings.Resources;
        if (!context.IsResource || settings is null
            || !context.Item.Fields.TryGetValue(settings.CrisisFlagField, out var flag) || flag.ValueKind != System.Text.Json.JsonValueKind.True)
        {
            yield break;
        }

        // A website alone is a directory, not a line someone in crisis can reach.
        var direct = context.OwnChannels.Any(c => c.Kind == ChannelKind.Phone || (c.Kind == ChannelKind.Web && c.Field.Contains("chat", StringComparison.OrdinalIgnoreCase)));
        if (!direct)
        {
            yield return new CheckFinding(Name, severity, "A crisis line needs at least one direct channel: a phone or text number, or a chat address.");
        }

        var hours = context.Type.Fields.Where(f => f.Kind == ContentFieldKind.Hours && settings.ChannelFields.Contains(f.Name, StringComparer.Ordinal)).ToList();
        if (hours.Count > 0 && !hours.Any(f => context.Item.Fields.ContainsKey(f.Name)))
        {
            yield return new CheckFinding(Name, severity, $"A crisis line needs its hours in '{hours[0].Name}', so readers know when someone answers.", hours[0].Name);
        }
    }
}
