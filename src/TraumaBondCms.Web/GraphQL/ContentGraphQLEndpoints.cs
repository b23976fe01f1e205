using TraumaBondCms.Web.GraphQL.Http;
using TraumaBondCms.Web.GraphQL.Preview;

namespace TraumaBondCms.Web.GraphQL;

/// <summary>Maps the content GraphQL API: <c>/api/graphql</c> (with CORS for the configured front ends), <c>/api/preview-tokens</c> and <c>/graphiql</c>.</summary>
public static class ContentGraphQLEndpoints
{
    /// <summary>The CORS policy of <c>/api/graphql</c>, built from <see cref="ContentGraphQLOptions.AllowedOrigins"/>.</summary>
    public const string CorsPolicy = "ContentGraphQL";

    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/graphql";

    /// <summary>Maps the endpoints; needs <c>app.UseCors()</c> in the pipeline.</summary>
    public static IEndpointRouteBuilder MapContentGraphQL(this IEndpointRouteBuilder app)
    {
        var handler = app.ServiceProvider.GetRequiredService<ContentGraphQLHttpHandler>();
        app.Map(Path, handler.HandleAsync).RequireCors(CorsPolicy).WithDisplayName("Content GraphQL").WithTags("GraphQL");
        app.MapPreviewTokenEndpoints();
        app.MapGraphiQL();
        return app;
    }
}
