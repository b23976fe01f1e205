using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// An input field filtering an indexed reference field: <c>eq</c>/<c>ne</c>/<c>in</c> on the ids (or tag slugs) it holds,
/// <c>some</c> on the referenced items themselves (with <see cref="Target"/>'s model, found when the schema is complete).
/// </summary>
internal sealed record RelationWhereBinding(string Field, RelationKey Key, IReadOnlyList<string> TargetTypes, Func<WhereModel> Target) : WhereBinding;
