namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>What one input field of a <c>...Where</c> type filters on.</summary>
internal abstract record WhereBinding;
