using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// A host with the setup recipe's content only, shared by the read-only GraphQL test classes: command counts exposed,
/// one front-end origin allowed for CORS, anonymous introspection on (the default), the GraphiQL page served.
/// </summary>
public sealed class SeededGraphQLHost : IDisposable
{
    /// <summary>The allowed front-end origin.</summary>
    public const string FrontEnd = "https://front.example";

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Cms:GraphQL:ExposeSqlCommandCount"] = "true",
        ["Cms:GraphQL:AllowedOrigins:0"] = FrontEnd,
        ["Cms:GraphQL:GraphiQL"] = "true",
    });

    /// <inheritdoc />
    public void Dispose() => Host.Dispose();
}
