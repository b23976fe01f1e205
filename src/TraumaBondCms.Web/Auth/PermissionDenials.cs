using System.Security.Claims;
using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>Records refused requests of signed-in users in the audit log, in a transaction of their own (the refused work is never kept).</summary>
public sealed class PermissionDenials(ICmsStore store, TimeProvider clock)
{
    /// <summary>Audits that the request's user lacked <paramref name="needed"/>.</summary>
    public async Task RecordAsync(HttpContext context, string needed)
    {
        await using var session = await store.BeginWriteAsync(context.RequestAborted);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = context.User.FindFirstValue(ClaimTypes.Name),
                Action = AuditActions.PermissionDenied,
                Reason = $"{context.Request.Method} {context.Request.Path} needs {needed}",
                Details = JsonSerializer.Serialize(new { method = context.Request.Method, path = context.Request.Path.Value, needed }),
            },
            context.RequestAborted);
        await session.CommitAsync(context.RequestAborted);
    }
}
