using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Http;

namespace TraumaBondCms.Web.Search.RiskRules;

/// <summary>
/// The clinical sign-off of search risk rules: <c>GET /api/risk-rules</c> (every scope's rules in force, signed and waiting,
/// with the waiting change's diff; reviewers and administrators), <c>POST /api/risk-rules/{scope}/approve</c> and
/// <c>/reject</c> (<c>{ proposalId, password, code?, comment? }</c>; clinical reviewers). The site's own rules are scope
/// <c>*</c> (or <c>site</c>); a language's are its culture name or tag (<c>es</c>).
/// </summary>
public static class RiskRuleEndpoints
{
    /// <summary>Maps the risk rule endpoints.</summary>
    public static IEndpointRouteBuilder MapRiskRuleEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/risk-rules").WithTags("Search");
        group.MapGet(string.Empty, async (HttpContext http, RiskRuleReviewService service, RoleCatalog roles, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization();
        group.MapPost("/{scope}/approve", (HttpContext http, RiskRuleReviewService service, RoleCatalog roles, string scope, [FromBody] JsonElement? body, CancellationToken ct) =>
            DecideAsync(body, input => service.ApproveAsync(ScopeOf(scope), input, CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization(Permissions.ReviewContent);
        group.MapPost("/{scope}/reject", (HttpContext http, RiskRuleReviewService service, RoleCatalog roles, string scope, [FromBody] JsonElement? body, CancellationToken ct) =>
            DecideAsync(body, input => service.RejectAsync(ScopeOf(scope), input, CmsActor.From(http.User, roles), ct)))
            .RequireAuthorization(Permissions.ReviewContent);
        return app;
    }

    private static async Task<IResult> DecideAsync(JsonElement? body, Func<RiskRuleDecision, Task<RiskRuleSetView>> decide)
    {
        var input = new RiskRuleDecision();
        if (body is { ValueKind: not JsonValueKind.Undefined } b)
        {
            JsonBody.RequireObject(b, "proposalId", "password", "code", "comment");
            input = new RiskRuleDecision
            {
                ProposalId = JsonBody.OptionalString(b, "proposalId"),
                Password = JsonBody.OptionalString(b, "password"),
                Code = JsonBody.OptionalString(b, "code"),
                Comment = JsonBody.OptionalString(b, "comment"),
            };
        }

        return TypedResults.Ok(await decide(input));
    }

    private static string ScopeOf(string scope) => scope == "site" ? RiskRuleBook.SiteScope : scope;
}
