using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.GraphQL;

/// <summary>
/// <c>/graphiql</c>: the real GraphiQL (npm <c>graphiql</c> 3.8, copied with React into <c>wwwroot/graphiql/vendor</c> by the
/// build) for developers, with headers and Apollo persisted queries, served from this server with no external assets, only
/// where <see cref="ContentGraphQLOptions.GraphiQL"/> says (by default in Development only), and never inside another site's frame.
/// </summary>
public static class GraphiQLEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    /// <summary>
    /// The page's Content-Security-Policy: its own script, style and endpoint only, and no framing by any site. GraphiQL's
    /// stylesheet carries its fonts and icons as <c>data:</c> URLs, hence <c>font-src</c> and <c>img-src</c>.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

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
        app.MapGet("/graphiql/vendor/{file}", (HttpContext http, string file) => Serve(http, files, "vendor/" + file)).ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext http, IFileProvider files, string name)
    {
        var file = files.GetFileInfo("graphiql/" + name);
        var folder = name.StartsWith("vendor/", StringComparison.Ordinal) ? "vendor/" : string.Empty;
        if (name[folder.Length..].Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || !file.Exists || file.IsDirectory
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
