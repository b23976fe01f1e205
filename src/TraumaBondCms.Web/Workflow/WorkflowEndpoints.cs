using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// The clinical review API: <c>/api/content/{id}/workflow</c> (state and transitions), schedules, approvals,
/// comments, diffs and restore, and <c>/api/reviews/...</c> (queue, overdue re-reviews, follow-ups). Every call
/// needs a signed-in user; the services check the permission or workflow role of each operation.
/// </summary>
public static class WorkflowEndpoints
{
    /// <summary>Maps the workflow endpoints.</summary>
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var item = app.MapGroup("/api/content/{id}").WithTags("Workflow").RequireAuthorization();
        item.MapGet("/workflow", GetStateAsync);
        item.MapPost("/workflow/{transition}", TransitionAsync);
        item.MapGet("/approvals", async (HttpContext http, ICmsStore store, RoleCatalog roles, string id, CancellationToken ct) =>
        {
            RequireViewDrafts(http, roles);
            await using var session = await store.OpenReadAsync(ct);
            await RequireItemAsync(session, id, ct);
            return TypedResults.Ok(await session.Workflow.GetApprovalsAsync(id, ct));
        });
        item.MapGet("/schedules", async (HttpContext http, ICmsStore store, RoleCatalog roles, string id, CancellationToken ct) =>
        {
            RequireViewDrafts(http, roles);
            await using var session = await store.OpenReadAsync(ct);
            await RequireItemAsync(session, id, ct);
            return TypedResults.Ok(await session.Schedules.ListForItemAsync(id, ct));
        });
        item.MapPost("/schedules", ScheduleAsync);
        item.MapDelete("/schedules/{scheduleId}", async (HttpContext http, ScheduleService schedules, RoleCatalog roles, string id, string scheduleId, CancellationToken ct) =>
        {
            await schedules.CancelAsync(id, scheduleId, CmsActor.From(http.User, roles), ct);
            return TypedResults.NoContent();
        });
        item.MapGet("/comments", async (HttpContext http, CommentService comments, RoleCatalog roles, string id, string? version, CancellationToken ct) =>
            TypedResults.Ok(await comments.ListAsync(id, version, CmsActor.From(http.User, roles), ct)));
        item.MapPost("/comments", CommentAsync);
        item.MapPost("/comments/{commentId}/resolve", async (HttpContext http, CommentService comments, RoleCatalog roles, string id, string commentId, CancellationToken ct) =>
        {
            await comments.ResolveAsync(id, commentId, CmsActor.From(http.User, roles), ct);
            return TypedResults.NoContent();
        });
        item.MapGet("/diff", async (HttpContext http, VersionService versions, RoleCatalog roles, string id, int from, int? to, CancellationToken ct) =>
            TypedResults.Ok(DiffResponse.From(await versions.CompareAsync(id, from, to, CmsActor.From(http.User, roles), ct))));
        item.MapGet("/diff/since-approved", async (HttpContext http, VersionService versions, RoleCatalog roles, string id, CancellationToken ct) =>
            TypedResults.Ok(DiffResponse.From(await versions.SinceApprovedAsync(id, CmsActor.From(http.User, roles), ct))));
        item.MapGet("/diff/since-published", async (HttpContext http, VersionService versions, RoleCatalog roles, string id, CancellationToken ct) =>
            TypedResults.Ok(DiffResponse.From(await versions.SincePublishedAsync(id, CmsActor.From(http.User, roles), ct))));
        item.MapPost("/restore", RestoreAsync);

        var reviews = app.MapGroup("/api/reviews").WithTags("Reviews").RequireAuthorization(Core.Security.Permissions.ViewDrafts);
        reviews.MapGet("/queue", async (HttpContext http, ReviewService review, RoleCatalog roles, [FromQuery] string[]? type, int? first, string? after, CancellationToken ct) =>
        {
            var page = await review.QueueAsync(type, PageSize.Read(first, "first", 50), after, CmsActor.From(http.User, roles), ct);
            return TypedResults.Ok(new ContentListResponse(page.Items.Select(ContentItemResponse.From).ToArray(), page.TotalCount, page.NextCursor));
        });
        reviews.MapGet("/overdue", async (ReviewService review, int? first, CancellationToken ct) =>
            TypedResults.Ok(await review.ReReviewListAsync(Math.Clamp(first ?? ReviewService.MaxOverdue, 1, ReviewService.MaxOverdue), ct)));
        reviews.MapGet("/follow-up", async (HttpContext http, ReviewService review, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok((await review.FollowUpsAsync(CmsActor.From(http.User, roles), ct)).Select(f => new { contentItemId = f.ContentItemId, reason = f.Reason, flaggedUtc = f.FlaggedUtc })));
        return app;
    }

    private static async Task<IResult> GetStateAsync(HttpContext http, ICmsStore store, WorkflowService workflow, ReviewService review, RoleCatalog roles, string id, CancellationToken ct)
    {
        var actor = CmsActor.From(http.User, roles);
        RequireViewDrafts(http, roles);
        await using var session = await store.OpenReadAsync(ct);
        var latest = await session.Content.GetAsync(id, VersionSelector.Latest, ct) ?? throw new ContentNotFoundException(id);
        var published = await session.Content.GetAsync(id, VersionSelector.Published, ct);
        var options = await workflow.GetOptionsAsync(session, id, actor, ct);
        var followUp = await session.Workflow.GetFollowUpAsync(id, ct);
        var schedules = (await session.Schedules.ListForItemAsync(id, ct)).Where(s => s.State == ScheduleState.Pending);
        return TypedResults.Ok(new
        {
            contentItemId = id,
            workflow = workflow.WorkflowOf(latest.ContentType)?.Name,
            latest = VersionSummary(latest),
            published = published is null ? null : VersionSummary(published),
            transitions = options.Select(o => new
            {
                name = o.Transition.Name,
                label = o.Transition.Label,
                effect = o.Transition.Effect.ToString(),
                target = o.Transition.Target.ToString(),
                allowed = o.Decision.Allowed,
                needsComment = o.Transition.NeedsComment,
                needsReason = o.Transition.NeedsReason,
                needsPassword = o.Transition.IsSignature,
                refusals = o.Decision.Refusals.Select(r => new { rule = r.Rule, kind = r.Kind.ToString(), message = r.Message }),
            }),
            review = await review.ReviewDateAsync(id, ct),
            followUp = followUp is { } f ? new { reason = f.Reason, flaggedUtc = f.FlaggedUtc } : null,
            pendingSchedules = schedules,
        });
    }

    private static async Task<IResult> TransitionAsync(HttpContext http, WorkflowService workflow, RoleCatalog roles, string id, string transition, [FromBody] JsonElement? body, CancellationToken ct)
    {
        var input = new TransitionInput();
        if (body is { } b)
        {
            JsonBody.RequireObject(b, "version", "comment", "field", "reason", "overrideReason", "password", "code");
            input = new TransitionInput
            {
                VersionId = JsonBody.OptionalString(b, "version")?.Trim('"'),
                Comment = JsonBody.OptionalString(b, "comment"),
                CommentField = JsonBody.OptionalString(b, "field"),
                Reason = JsonBody.OptionalString(b, "reason"),
                OverrideReason = JsonBody.OptionalString(b, "overrideReason"),
                Password = JsonBody.OptionalString(b, "password"),
                Code = JsonBody.OptionalString(b, "code"),
            };
        }

        var result = await workflow.TransitionAsync(id, transition, input, CmsActor.From(http.User, roles), ct);
        return TypedResults.Ok(new
        {
            transition = result.Transition,
            from = result.FromStatus,
            to = result.ToStatus,
            version = ContentItemResponse.From(result.Version),
            approval = result.Approval,
        });
    }

    private static async Task<IResult> ScheduleAsync(HttpContext http, ScheduleService schedules, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken ct)
    {
        JsonBody.RequireObject(body, "action", "at", "version");
        var action = JsonBody.RequiredString(body, "action").ToLowerInvariant() switch
        {
            "publish" => ScheduledActionKind.Publish,
            "unpublish" => ScheduledActionKind.Unpublish,
            _ => throw ContentValidationException.For("action", "action is 'publish' or 'unpublish'."),
        };
        if (!DateTimeOffset.TryParse(JsonBody.RequiredString(body, "at"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at))
        {
            throw ContentValidationException.For("at", "at is an ISO 8601 date and time, e.g. 2026-12-01T09:00:00Z.");
        }

        var schedule = await schedules.ScheduleAsync(id, action, at, JsonBody.OptionalString(body, "version")?.Trim('"'), CmsActor.From(http.User, roles), ct);
        return TypedResults.Created($"/api/content/{id}/schedules", schedule);
    }

    private static async Task<IResult> CommentAsync(HttpContext http, CommentService comments, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken ct)
    {
        JsonBody.RequireObject(body, "body", "version", "field", "rangeStart", "rangeEnd", "parentId");
        int? Int(string name) => body.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i
            : body.TryGetProperty(name, out var w) && w.ValueKind != JsonValueKind.Null ? throw ContentValidationException.For(name, $"'{name}' must be a whole number.") : null;
        var comment = await comments.AddAsync(
            id,
            JsonBody.OptionalString(body, "version"),
            JsonBody.RequiredString(body, "body"),
            JsonBody.OptionalString(body, "field"),
            Int("rangeStart"),
            Int("rangeEnd"),
            JsonBody.OptionalString(body, "parentId"),
            CmsActor.From(http.User, roles),
            ct);
        return TypedResults.Created($"/api/content/{id}/comments", comment);
    }

    private static async Task<IResult> RestoreAsync(HttpContext http, VersionService versions, RoleCatalog roles, string id, [FromBody] JsonElement body, CancellationToken ct)
    {
        JsonBody.RequireObject(body, "version");
        if (!body.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var number) || number < 1)
        {
            throw ContentValidationException.For("version", "'version' is the number of the version to restore.");
        }

        var restored = await versions.RestoreAsync(id, number, http.Request.Headers.IfMatch.FirstOrDefault(), CmsActor.From(http.User, roles), ct);
        http.Response.Headers.ETag = restored.ETag;
        return TypedResults.Ok(ContentItemResponse.From(restored));
    }

    private static object VersionSummary(ContentItem version) => new
    {
        contentItemVersionId = version.ContentItemVersionId,
        version = version.Version,
        status = version.Status,
        contentHash = version.ContentHash,
        author = version.Author,
        modifiedUtc = version.ModifiedUtc,
        eTag = version.ETag,
    };

    // An empty list would say "no approvals (schedules) yet" of an item that does not exist: 404 says what is true.
    private static async Task RequireItemAsync(IStoreSession session, string id, CancellationToken ct)
    {
        if (await session.Content.GetItemAsync(id, ct) is null)
        {
            throw new ContentNotFoundException(id);
        }
    }

    private static void RequireViewDrafts(HttpContext http, RoleCatalog roles)
    {
        if (!CmsActor.From(http.User, roles).Has(Core.Security.Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Core.Security.Permissions.ViewDrafts, "Reading the workflow");
        }
    }
}
