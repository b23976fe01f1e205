using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Health;

/// <summary>
/// Probes for orchestrators and load balancers: <c>GET /healthz/live</c> (200 while the process serves requests) and
/// <c>GET /healthz/ready</c> (200 when every <see cref="IReadinessCheck"/> passes, 503 otherwise). Anonymous callers see
/// only the status; administrators (<see cref="Permissions.ManageSettings"/>) also see each check and its detail. Never
/// cached.
/// </summary>
public static class ProbeEndpoints
{
    /// <summary>Maps the probes.</summary>
    public static IEndpointRouteBuilder MapProbeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz/live", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Ok(new { status = "Live" });
        }).WithTags("Health");

        app.MapGet("/healthz/ready", async (HttpContext http, ReadinessService readiness, RoleCatalog roles) =>
        {
            var results = await readiness.CheckAsync(http.RequestAborted);
            var ready = results.All(r => r.Result.Ready);
            http.Response.Headers.CacheControl = "no-store";
            object body = CmsActor.From(http.User, roles).Has(Permissions.ManageSettings)
                ? new { status = ready ? "Ready" : "NotReady", checks = results.ToDictionary(r => r.Name, r => new { ready = r.Result.Ready, detail = r.Result.Detail }) }
                : new { status = ready ? "Ready" : "NotReady" };
            return Results.Json(body, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).WithTags("Health");
        return app;
    }
}
