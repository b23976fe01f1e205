using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.GraphQL;

/// <summary>
/// <c>/graphiql</c>: a small GraphiQL-style page for developers (query editor, variables, headers, results, schema
/// explorer), served from <c>wwwroot/graphiql</c> with no external assets, only where <see cref="ContentGraphQLOptions.GraphiQL"/>
/// says (by default in Development only), and never inside another site's frame.
/// </summary>
public static class GraphiQLEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    /// <summary>The page's Content-Security-Policy: its own script, style and endpoint only, and no framing by any site.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Maps <c>/graphiql</c> and its assets when configured to (else they answer 404).</summary>
    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder app)
    {
        var environment = app.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        if (!(app.ServiceProvider.GetRequiredService<IOptions<ContentGraphQLOptions>>().Value.GraphiQL ?? environment.IsDevelopment()))
        {
            return app;
        }

        var files = environment.WebRootFileProvider;
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

        // The page runs only its own script, talks only to this origin, and cannot be framed (clickjacking).
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XFrameOptions = "DENY";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(file.CreateReadStream(), contentType);
    }
}
