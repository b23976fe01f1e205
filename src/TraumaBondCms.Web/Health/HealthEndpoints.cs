using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Health;

/// <summary><c>GET /healthz</c>: 200 when the database answers with an up-to-date schema, 503 otherwise.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the health endpoint and the liveness and readiness probes (<see cref="ProbeEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (ICmsStore store, CancellationToken cancellationToken) =>
        {
            var health = await store.CheckHealthAsync(cancellationToken);
            var body = new
            {
                status = health.Healthy ? "Healthy" : "Unhealthy",
                database = new { engine = health.Engine, schemaVersion = health.SchemaVersion, detail = health.Detail },
            };
            return health.Healthy ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithTags("Health");
        app.MapProbeEndpoints();
        return app;
    }
}
