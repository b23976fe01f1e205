using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>An input field filtering a built-in column or an indexed field by comparison operators.</summary>
internal sealed record ScalarWhereBinding(ContentField Field) : WhereBinding;
