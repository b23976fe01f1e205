using Microsoft.AspNetCore.Http;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// Supplies the schema a GraphQL HTTP request runs against, so a host can swap it at run time (for example when
/// content definitions change) or choose one per request. Implementations must be thread safe.
/// </summary>
public interface ISchemaProvider
{
    /// <summary>The schema for this request.</summary>
    ValueTask<Schema> GetSchemaAsync(HttpContext context);
}
