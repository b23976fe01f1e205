using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>One clinical safety rule: reads a <see cref="SafetyCheckContext"/> and reports findings at the configured severity.</summary>
internal interface ISafetyRule
{
    /// <summary>The rule's name (see <see cref="SafetyRuleNames"/>).</summary>
    string Name { get; }

    /// <summary>The findings for <paramref name="context"/>, each with <paramref name="severity"/> (unless the rule says otherwise).</summary>
    IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity);
}
