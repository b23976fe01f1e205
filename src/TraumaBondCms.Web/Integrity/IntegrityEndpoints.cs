using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// <c>GET /api/integrity</c> (administrators: <see cref="Permissions.ManageSettings"/>): runs the integrity check and answers
/// its report (200 when it passes, 409 with the same report when something is broken or withheld).
/// </summary>
public static class IntegrityEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapIntegrityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/integrity", async (IntegrityMonitor monitor) =>
        {
            var report = await monitor.RunAsync();
            return Results.Json(new
            {
                passed = report.Passed,
                summary = report.Summary,
                report.StartedUtc,
                report.FinishedUtc,
                report.EntriesChecked,
                report.EntriesBeforeChain,
                report.DatabaseHeadsChecked,
                report.FileHeadsChecked,
                report.PublishedChecked,
                report.ApprovalsChecked,
                report.SampleRecords,
                report.VerificationsChecked,
                report.UnsignedVerifications,
                firstBreak = report.FirstBreak,
                report.BreakCount,
                report.Breaks,
                report.Withheld,
            }, statusCode: report.Passed ? StatusCodes.Status200OK : StatusCodes.Status409Conflict);
        }).WithTags("Integrity").RequireAuthorization(Permissions.ManageSettings);
        return app;
    }
}
