using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// How an editor (or an operator, or a first start) tries to publish an item on each entry point that
/// <see cref="PublishPathTests.EntryPoints"/> names, for items that must not go live; each attempt asserts the refusal its
/// surface gives. Shared by <see cref="PublishPathTests"/> and its media case, <see cref="MediaPublishPathTests"/>.
/// </summary>
internal sealed class PublishAttempts(ReviewTeam team)
{
    /// <summary>
    /// Attempts <paramref name="path"/> for item <paramref name="id"/> (of <paramref name="contentType"/>). A recipe or an
    /// import brings the item's exact fields with an approval that names its version and hash but carries the signature of
    /// <paramref name="genuineApproval"/> (a real approval of other content); <paramref name="firstSetUp"/> is the whole
    /// attempt through a first start (its assertions included).
    /// </summary>
    public async Task AttemptAsync(string path, string id, string contentType, Func<Task<JsonElement>> genuineApproval, Func<Task> firstSetUp)
    {
        switch (path)
        {
            case "ContentEndpoints.PublishAsync":
                await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await team.Editor.PostAsync($"/api/content/{id}/publish", null));
                break;
            case "ContentEndpoints.UnpublishAsync":
                // Unpublishing runs the workflow's transitions too; it never publishes what it finds.
                await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await team.Editor.PostAsJsonAsync($"/api/content/{id}/unpublish", new { reason = "try" }));
                break;
            case "WorkflowEndpoints.TransitionAsync":
                var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(team.Editor, id, "publish"));
                Assert.Contains(refused.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "ApprovalSignature");
                break;
            case "ContentMutationFields.AddTransitions (lambda)":
                Assert.Equal("CONFLICT", (await team.Editor.GraphQLAsync($$"""mutation { publish(id: "{{id}}") { id } }""")).Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
                break;
            case "ContentMutationFields.TransitionAsync":
                Assert.Equal("CONFLICT", (await team.Editor.GraphQLAsync($$"""mutation { transition(id: "{{id}}", name: "publish") { to } }""")).Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
                break;
            case "TransitionModel.OnPostAsync":
                await PostAdminFormAsync(id);
                break;
            case "SchedulerService.RunOnceAsync":
                await Forgery.AddDueScheduleAsync(team.Host, id, "editor.maya");
                await Eventually.ValueAsync(async () => (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}/schedules")))[0].GetProperty("state").GetString() is "Skipped" ? true : (bool?)null);
                break;
            case "CommandLine.RunRecipeAsync":
                await RunRecipeWithCarriedApprovalAsync(id, contentType, await genuineApproval());
                break;
            case "CmsSetup.RunFirstSetupAsync":
                await firstSetUp();
                break;
            default:
                throw new InvalidOperationException($"No proof for the publish path {path}.");
        }
    }

    /// <summary>
    /// An approval of <paramref name="latest"/> (a version as the REST API returns it) as a recipe would carry it: its ids
    /// and exact hash, with the reviewer, credential, meaning and signature of <paramref name="genuine"/>.
    /// </summary>
    public static JsonObject CarriedApproval(JsonElement latest, JsonElement genuine) => new()
    {
        ["approvalId"] = "carried-" + Guid.NewGuid().ToString("N")[..12],
        ["contentItemId"] = latest.GetProperty("contentItemId").GetString(),
        ["contentItemVersionId"] = latest.GetProperty("contentItemVersionId").GetString(),
        ["contentHash"] = latest.GetProperty("contentHash").GetString(),
        ["reviewer"] = "dr.okafor",
        ["reviewerDisplayName"] = "dr.okafor",
        ["credential"] = genuine.GetProperty("credential").GetString(),
        ["signedUtc"] = genuine.GetProperty("signedUtc").GetString(),
        ["kind"] = "Approval",
        ["meaning"] = genuine.GetProperty("meaning").GetString(),
        ["credentialConfirmedBy"] = CmsTestHost.SecondAdminName,
        ["credentialIndependentlyConfirmed"] = true,
        ["signingKeyId"] = genuine.GetProperty("signingKeyId").GetString(),
        ["signature"] = genuine.GetProperty("signature").GetString(),
    };

    /// <summary>The item <paramref name="id"/> as a recipe's Content step item: its latest fields and ids, asking to publish, with <paramref name="approval"/>.</summary>
    public static async Task<JsonObject> RecipeItemAsync(HttpClient client, string id, string contentType, Func<JsonElement, JsonObject> approval)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content/{id}?version=latest"));
        return new JsonObject
        {
            ["contentItemId"] = id,
            ["contentItemVersionId"] = latest.GetProperty("contentItemVersionId").GetString(),
            ["contentType"] = contentType,
            ["published"] = true,
            ["fields"] = JsonNode.Parse(latest.GetProperty("fields").GetRawText()),
            ["approvals"] = new JsonArray(approval(latest)),
        };
    }

    /// <summary>
    /// Starts a new host in Production whose setup recipe is the library's, changed by <paramref name="alter"/>, trusting the
    /// same signing key as the team's host (one key file), so that only the signed statement can give a forgery away.
    /// </summary>
    public async Task<CmsTestHost> SetUpProductionAsync(Action<JsonNode> alter)
    {
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "trauma-bonding-library.recipe.json")))!;
        alter(recipe);
        var dataPath = CmsTestHost.NewDataPath();
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "forged-setup.recipe.json");
        await File.WriteAllTextAsync(file, recipe.ToJsonString());
        return new CmsTestHost(dataPath, new Dictionary<string, string?> { ["Cms:Setup:Recipe"] = file, ["Cms:Signing:KeyPath"] = Path.Combine(team.Host.DataPath, "keys", "signing-keys.json") }, environment: "Production");
    }

    /// <summary>The genuine, signed approvals of a new FAQ that the team's reviewer approves: a real signature over other content.</summary>
    public async Task<IReadOnlyList<JsonElement>> AnyGenuineApprovalsAsync()
    {
        var (other, _) = await DraftFaqAsync(team.Editor, $"Which approval can be replayed ({Guid.NewGuid():N})?", "A genuine one, over other content.");
        await MustAsync(team.Editor, other, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", other);
        return (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{other}/approvals"))).EnumerateArray().ToList();
    }

    /// <summary>
    /// On a cluster of two nodes: an editor <c>editor.NAME</c> and a vouched reviewer <c>dr.NAME</c> made on the first
    /// node, and the same editor signed in on the second.
    /// </summary>
    public static async Task<(HttpClient Editor, HttpClient Reviewer, HttpClient EditorOnOther)> NodeTeamAsync(PostgresCluster cluster, string name)
    {
        var editor = await cluster.Nodes[0].CreateUserAsync($"editor.{name}", "Editor");
        var reviewer = await cluster.Nodes[0].CreateUserAsync($"dr.{name}", "ClinicalReviewer", Credential("LCSW", $"{name.ToUpperInvariant()}-1", 2031));
        return (editor, reviewer, await cluster.Nodes[1].SignInAsync($"editor.{name}", $"editor.{name}" + PasswordSuffix));
    }

    private async Task PostAdminFormAsync(string id)
    {
        using var site = await Admin.AdminSite.SignedInAsync(team.Host, "editor.maya", "editor.maya" + PasswordSuffix);
        var html = await site.GetStringAsync($"/admin/items/{id}/publishing");
        var token = Admin.AdminSite.TokenIn(html);
        var form = new Dictionary<string, string> { ["version"] = await LatestVersionIdAsync(team.Editor, id), ["returnUrl"] = $"/admin/items/{id}/publishing", ["__RequestVerificationToken"] = token };
        var response = await site.PostAsync($"/admin/items/{id}/transition/publish", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"The form answered {(int)response.StatusCode}.");
        var page = await site.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Not done.", page);
    }

    // The recipe carries, with the item's exact fields, an approval whose statement names the item but whose signature was
    // made over other content; a version-id mismatch would be caught earlier, so the id and hash are the real ones.
    private async Task RunRecipeWithCarriedApprovalAsync(string id, string contentType, JsonElement genuine)
    {
        var item = await RecipeItemAsync(team.Editor, id, contentType, latest => CarriedApproval(latest, genuine));
        var recipe = Path.Combine(team.Host.DataPath, $"forged-{id}.recipe.json");
        await File.WriteAllTextAsync(recipe, new JsonObject { ["name"] = "forged", ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["items"] = new JsonArray(item) }) }.ToJsonString());

        var run = await CliProcess.RunAsync(team.Host.DataPath, null, "recipe", "run", recipe, "--actor", "forger");
        var import = await CliProcess.RunAsync(team.Host.DataPath, null, "content", "import", recipe, "--actor", "forger");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("was not accepted", run.Output);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("was not accepted", import.Output);
    }
}
