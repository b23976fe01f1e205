using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Search;

/// <summary>The risk rules' sign-off over HTTP (<c>/api/risk-rules</c>), and recipes that propose rules, for the tests.</summary>
internal static class RiskRuleApi
{
    /// <summary>A rule of the shipped recipe that only "I want to end it all"-like searches match.</summary>
    public const string EndItAll = "end it all";

    /// <summary>A search that only <see cref="EndItAll"/> flags.</summary>
    public const string EndItAllQuery = "some days i want to end it all";

    /// <summary>The scope <paramref name="scope"/> (<c>*</c>: the site's rules) as <paramref name="client"/> reads it; asserts 200.</summary>
    public static async Task<JsonElement> ScopeAsync(HttpClient client, string scope = "*")
    {
        var all = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/risk-rules"));
        return all.EnumerateArray().Single(s => s.GetProperty("scope").GetString() == scope);
    }

    /// <summary>The rules in force in a scope as read by <see cref="ScopeAsync"/>.</summary>
    public static string[] InForce(JsonElement scope) => [.. scope.GetProperty("inForce").EnumerateArray().Select(r => r.GetString()!)];

    /// <summary>The waiting proposal's id.</summary>
    public static string ProposalId(JsonElement scope) => scope.GetProperty("proposed").GetProperty("proposalId").GetString()!;

    /// <summary>A list of the waiting proposal's diff: <c>added</c>, <c>removed</c> or <c>changed</c>.</summary>
    public static string[] Diff(JsonElement scope, string list) =>
        [.. scope.GetProperty("diff").GetProperty(list).EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString()! : r.GetProperty("from").GetString() + " -> " + r.GetProperty("to").GetString())];

    /// <summary>Posts a decision (<c>approve</c> or <c>reject</c>) on the site's rules.</summary>
    public static Task<HttpResponseMessage> DecideAsync(HttpClient client, string decision, object body, string scope = "site") =>
        client.PostAsJsonAsync($"/api/risk-rules/{scope}/{decision}", body);

    /// <summary>Runs a recipe of one <c>Search</c> step as <paramref name="actor"/> (the server's operator: the path a recipe takes).</summary>
    public static Task RunSearchStepAsync(CmsTestHost host, object step, CmsActor actor) =>
        host.Services.GetRequiredService<RecipeRunner>().RunAsync(
            RecipeDocument.Parse(JsonSerializer.Serialize(new { name = "risk-rules-change", steps = new[] { step } }), "test"), actor);

    /// <summary>Runs a <c>Search</c> step proposing <paramref name="rules"/> as the site's rules.</summary>
    public static Task ProposeSiteRulesAsync(CmsTestHost host, IEnumerable<string> rules, CmsActor actor) =>
        RunSearchStepAsync(host, new { name = "Search", riskRules = rules.ToArray() }, actor);

    /// <summary>True when a search for <paramref name="query"/> is flagged as a possible crisis.</summary>
    public static async Task<bool> FlaggedAsync(HttpClient reader, string query) =>
        (await SearchApi.SearchAsync(reader, query)).GetProperty("crisis").GetBoolean();

    /// <summary>A clinical reviewer (credential confirmed by the second administrator); returns a client signed in as them.</summary>
    public static Task<HttpClient> ReviewerAsync(CmsTestHost host, string userName) =>
        host.CreateUserAsync(userName, "ClinicalReviewer", new { title = "LCSW", licenseNumber = "RR-" + userName, issuer = "Test Board", expiresOn = "2099-12-31" });

    /// <summary>Signs the waiting change of the site's rules as <paramref name="userName"/>; asserts 200 and returns the scope after.</summary>
    public static async Task<JsonElement> SignAsync(HttpClient reviewer, string userName)
    {
        var scope = await ScopeAsync(reviewer);
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await DecideAsync(reviewer, "approve", new { proposalId = ProposalId(scope), password = userName + "-password-1" }));
    }
}
