using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// Webhook administration under <c>/api/webhooks</c>; every endpoint needs <see cref="Permissions.ManageWebhooks"/>.
/// <list type="bullet">
/// <item><c>GET /api/webhooks</c>: every webhook, without secrets.</item>
/// <item><c>POST /api/webhooks</c> <c>{ url, events: [...], description?, secret? }</c>: 201 with the webhook and its secret, shown this once.</item>
/// <item><c>DELETE /api/webhooks/{id}</c>: 204; the webhook and its deliveries are gone.</item>
/// <item><c>GET /api/webhooks/{id}/deliveries?first=50</c>: recent deliveries, newest first.</item>
/// </list>
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>Maps the webhook endpoints.</summary>
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(Permissions.ManageWebhooks);
        webhooks.MapGet("/", async (HttpContext http, WebhookService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok((await service.ListAsync(CmsActor.From(http.User, roles), ct)).Select(w => WebhookResponse.From(w))));

        webhooks.MapPost("/", async (HttpContext http, WebhookService service, RoleCatalog roles, [FromBody] JsonElement body, CancellationToken ct) =>
        {
            JsonBody.RequireObject(body, "url", "events", "description", "secret");
            var webhook = await service.CreateAsync(
                new NewWebhook
                {
                    Url = JsonBody.RequiredString(body, "url"),
                    Events = ReadEvents(body),
                    Description = JsonBody.OptionalName(body, "description"),
                    Secret = JsonBody.OptionalString(body, "secret"),
                },
                CmsActor.From(http.User, roles),
                ct);
            return TypedResults.Created($"/api/webhooks/{webhook.WebhookId}", WebhookResponse.From(webhook, includeSecret: true));
        });

        webhooks.MapDelete("/{id}", async Task<IResult> (HttpContext http, WebhookService service, RoleCatalog roles, string id, CancellationToken ct) =>
            await service.DeleteAsync(id, CmsActor.From(http.User, roles), ct) ? TypedResults.NoContent() : NotFound(id));

        webhooks.MapGet("/{id}/deliveries", async Task<IResult> (HttpContext http, WebhookService service, RoleCatalog roles, string id, int? first, CancellationToken ct) =>
        {
            var deliveries = await service.ListDeliveriesAsync(id, PageSize.Read(first, "first", 50), CmsActor.From(http.User, roles), ct);
            return deliveries is null ? NotFound(id) : TypedResults.Ok(deliveries.Select(WebhookDeliveryResponse.From));
        });
        return app;
    }

    private static IReadOnlyList<string> ReadEvents(JsonElement body) =>
        body.TryGetProperty("events", out var events) && events.ValueKind == JsonValueKind.Array && events.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? events.EnumerateArray().Select(e => e.GetString()!).ToList()
            : throw ContentValidationException.For("events", "'events' is required and must be an array of event names.");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: $"There is no webhook '{id}'.");
}
