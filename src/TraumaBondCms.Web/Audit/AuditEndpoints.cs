using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Audit;

/// <summary><c>GET /api/audit</c>: the audit log filtered by item, user, action and time, newest first; needs <see cref="Permissions.ViewAuditLog"/>.</summary>
public static class AuditEndpoints
{
    /// <summary>Maps the audit endpoint.</summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (ICmsStore store, string? item, string? actor, string? action, DateTimeOffset? from, DateTimeOffset? to, long? before, int? limit, CancellationToken ct) =>
        {
            var size = PageSize.Read(limit, "limit", 100);
            await using var session = await store.OpenReadAsync(ct);
            var entries = await session.Audit.QueryAsync(
                new AuditQuery { ContentItemId = item, Actor = actor, Action = action, FromUtc = from, ToUtc = to, BeforeId = before, Limit = size },
                ct);
            return TypedResults.Ok(entries);
        }).RequireAuthorization(Permissions.ViewAuditLog).WithTags("Audit");
        return app;
    }
}
