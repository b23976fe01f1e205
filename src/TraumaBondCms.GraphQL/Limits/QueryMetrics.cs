namespace TraumaBondCms.GraphQL.Limits;

/// <summary>What <see cref="QueryLimitsAnalyzer"/> measured on an operation (see <see cref="QueryLimits"/> for the rules).</summary>
/// <param name="Depth">The deepest field nesting; root fields are 1, an empty operation 0.</param>
/// <param name="Aliases">The number of aliased fields, fragments counted where spread, saturating at <see cref="int.MaxValue"/>.</param>
/// <param name="Cost">The estimated cost, saturating at <see cref="long.MaxValue"/>.</param>
public readonly record struct QueryMetrics(int Depth, int Aliases, long Cost);
