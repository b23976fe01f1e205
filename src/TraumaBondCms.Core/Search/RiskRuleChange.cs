namespace TraumaBondCms.Core.Search;

/// <summary>A risk rule reworded by a proposal (<see cref="RiskRuleDiff"/>).</summary>
/// <param name="From">The rule in force.</param>
/// <param name="To">The rule proposed in its place.</param>
public sealed record RiskRuleChange(string From, string To);
