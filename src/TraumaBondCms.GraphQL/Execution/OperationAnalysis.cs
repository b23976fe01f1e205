using TraumaBondCms.GraphQL.Errors;
using TraumaBondCms.GraphQL.Limits;

namespace TraumaBondCms.GraphQL.Execution;

/// <summary>What the request pipeline learns once about a cached operation.</summary>
/// <param name="IntrospectionError">The error to report when introspection is disabled, or null when the operation does not introspect.</param>
/// <param name="Metrics">Depth, aliases and cost when they do not depend on variables (the operation declares none), otherwise null.</param>
internal sealed record OperationAnalysis(GraphQLError? IntrospectionError, QueryMetrics? Metrics);
