using Microsoft.Extensions.FileProviders;

namespace TraumaBondCms.Web.GraphQL;

/// <summary>
/// <c>/graphiql</c>: a small GraphiQL-style page for developers (query editor, variables, headers, results, schema
/// explorer), served from <c>wwwroot/graphiql</c> with no external assets.
/// </summary>
public static class GraphiQLEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>Maps <c>/graphiql</c> and its assets.</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder app)
    {
        var files = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        app.MapGet("/graphiql", (HttpContext http) => Serve(http, files, "index.html")).ExcludeFromDescription();
        app.MapGet("/graphiql/{file}", (HttpContext http, string file) => Serve(http, files, file)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext http, IFileProvider files, string name)
    {
        var file = files.GetFileInfo("graphiql/" + name);
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || !file.Exists || file.IsDirectory
            || !ContentTypes.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            return Results.NotFound();
        }

        // The page runs only its own script and talks only to this origin.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(file.CreateReadStream(), contentType);
    }
}
