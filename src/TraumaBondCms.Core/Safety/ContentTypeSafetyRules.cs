using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// The safety rules one content type runs at submit and approve, each as an error (blocks) or a warning (the reviewer
/// may sign with an override reason), and the fields the rules read. A rule not listed does not run. Immutable.
/// </summary>
public sealed record ContentTypeSafetyRules
{
    /// <summary>The content type.</summary>
    public required string ContentType { get; init; }

    /// <summary>Rule name (see <see cref="SafetyRuleNames"/>) to severity.</summary>
    public required IReadOnlyDictionary<string, CheckSeverity> Rules { get; init; }

    /// <summary>The Tags field checked against risk topics; null when the type has none.</summary>
    public string? TopicsField { get; init; }

    /// <summary>The Text field that must hold a content warning when a risk topic is tagged; null when the type has none.</summary>
    public string? ContentWarningField { get; init; }

    /// <summary>The ContentPicker field that links crisis Resources; null when the type has none (links in the text still count).</summary>
    public string? RelatedResourcesField { get; init; }

    /// <summary>A Text field holding the item's region (ISO 3166); null to use the site's <c>DefaultRegion</c> setting.</summary>
    public string? RegionField { get; init; }

    /// <summary>The readability target; null when readability is not judged.</summary>
    public ReadabilityTarget? Readability { get; init; }

    /// <summary>The severity configured for <paramref name="rule"/>; null when the rule does not run for this type.</summary>
    public CheckSeverity? SeverityOf(string rule) => Rules.TryGetValue(rule, out var severity) ? severity : null;
}
