using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>resource-region</c>: a resource's region must be an assigned ISO 3166-1 country, optionally with an ISO 3166-2
/// subdivision, or GLOBAL; crisis routing cannot place it otherwise.
/// </summary>
internal sealed class ResourceRegionRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.ResourceRegion;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        if (!context.IsResource)
        {
            yield break;
        }

        var field = context.Settings.Resources!.RegionField;
        var value = context.Item.Fields.GetString(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new CheckFinding(Name, severity, $"The resource has no region: set '{field}' to an ISO 3166 country (US), subdivision (US-CA) or GLOBAL so readers there are routed to it.", field);
        }
        else if (RegionCode.TryParse(value, out var problem) is null)
        {
            yield return new CheckFinding(Name, severity, $"The resource's region is invalid: {problem}", field);
        }
    }
}
