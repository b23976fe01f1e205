namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>
/// Adds fields and types to the content schema, e.g. <c>search(query:)</c> or <c>crisisResources(region:)</c>. Every
/// registered contributor (<c>services.AddSingleton&lt;IContentSchemaContributor, MyContributor&gt;()</c>) runs on each
/// build: at start and whenever a recipe changes content definitions. Builds run one at a time; a contributor must
/// not keep the context beyond the call. Resolvers it attaches may return content items through
/// <see cref="Resolvers.ContentResolution"/>, so they resolve to the generated object types.
/// </summary>
/// <example><code>
/// public void Contribute(ContentSchemaContext schema) => schema.Query.Field("crisisResources", "[Resource!]!", f => f
///     .Argument("region", "String!")
///     .Resolve(async ctx => (await finder.FindAsync((string)ctx.Arguments["region"]!)).Select(ContentResolution.Published)));
/// </code></example>
public interface IContentSchemaContributor
{
    /// <summary>Adds to the schema being built.</summary>
    void Contribute(ContentSchemaContext schema);
}
