namespace TraumaBondCms.Web.Admin;

/// <summary>Adds the admin UI to the request pipeline: security headers and server timing on <c>/admin</c>, its static files, and its pages.</summary>
public static class AdminApplicationBuilderExtensions
{
    /// <summary>The path every admin page and asset lives under.</summary>
    public const string BasePath = "/admin";

    /// <summary>Security headers and the <c>Server-Timing</c> header on admin responses, then the admin's static files (<c>wwwroot/admin</c>). Call before authentication.</summary>
    public static IApplicationBuilder UseCmsAdmin(this IApplicationBuilder app)
    {
        app.UseMiddleware<AdminHeadersMiddleware>();
        // Only the admin's assets are static files: GraphiQL's are served by its own endpoints (with their security headers, and
        // only where configured), and every other request (the API, media files) skips the file system lookup.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(BasePath + "/assets"),
            branch => branch.UseStaticFiles(new StaticFileOptions
            {
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
            }));
        return app;
    }

    /// <summary>Maps the admin pages.</summary>
    public static IEndpointRouteBuilder MapCmsAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
