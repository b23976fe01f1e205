namespace TraumaBondCms.GraphQL.Language.Ast;

/// <summary>The three operation types (https://spec.graphql.org/October2021/#OperationType).</summary>
public enum OperationType
{
    /// <summary>A read-only fetch.</summary>
    Query,

    /// <summary>A write followed by a fetch.</summary>
    Mutation,

    /// <summary>A long-lived request that fetches data in response to source events.</summary>
    Subscription,
}
