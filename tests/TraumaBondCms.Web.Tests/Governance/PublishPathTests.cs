using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Tests.GraphQL;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using TraumaBondCms.Web.Workflow;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Every code path that can make a version published, found from the compiled code rather than listed by hand, and, for
/// each, proof that it checks a signature of the exact hash. The one statement that publishes is
/// <see cref="IContentRepository.PublishAsync"/> (the Data layer refuses to insert a published version; its bulk
/// <see cref="IContentRepository.ImportAsync"/>, which can, is for seeding benchmarks and tests, and the application must
/// never call it); its only caller must be <see cref="ContentWriter.PublishVersionAsync"/>, which asks the <see cref="PublicationGate"/> first; and each
/// entry point from which the call graph reaches it is named here with a test that publishes a version whose approval is
/// forged (a real signature replayed from other content) and sees it refused. A path added later fails the first test
/// until it is named and proven. <c>content import</c> is <c>CommandLine.RunRecipeAsync</c> too, and its proof runs both
/// commands. Another node runs these same entry points on the shared database: the PostgreSQL test shows a node refusing an
/// approval forged in that database, while publishing one that another node genuinely signed.
/// </summary>
public sealed partial class PublishPathTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    /// <summary>Every entry point that reaches the publish statement, with the surface it belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> EntryPoints = new Dictionary<string, string>
    {
        ["ContentEndpoints.PublishAsync"] = "REST",
        ["ContentEndpoints.UnpublishAsync"] = "REST",
        ["WorkflowEndpoints.TransitionAsync"] = "REST",
        ["ContentMutationFields.AddTransitions (lambda)"] = "GraphQL",
        ["ContentMutationFields.TransitionAsync"] = "GraphQL",
        ["TransitionModel.OnPostAsync"] = "admin UI",
        ["SchedulerService.RunOnceAsync"] = "background job",
        ["CommandLine.RunRecipeAsync"] = "command line",
        ["CmsSetup.RunFirstSetupAsync"] = "setup",
    };

    public static TheoryData<string> Paths() => new(EntryPoints.Keys);

    [Fact]
    public void Should_reach_the_publish_statement_only_through_the_gate_and_from_the_named_entry_points()
    {
        var graph = CallGraph.Of(typeof(Program).Assembly);
        var statement = typeof(IContentRepository).GetMethod(nameof(IContentRepository.PublishAsync))!;
        var gate = typeof(PublicationGate).GetMethod(nameof(PublicationGate.RequireAsync))!;
        const string writer = "ContentWriter.PublishVersionAsync";

        var callers = graph.CallersOf(statement);
        var bulkImporters = graph.CallersOf(typeof(IContentRepository).GetMethod(nameof(IContentRepository.ImportAsync))!);
        var (entries, unnamed) = graph.EntriesAbove(writer, Surface);

        Assert.Equal([writer], callers);
        Assert.Empty(bulkImporters);
        Assert.InRange(graph.FirstCallOffset(writer, gate), 0, graph.FirstCallOffset(writer, statement) - 1);
        Assert.Empty(unnamed);
        Assert.Equal(EntryPoints.OrderBy(e => e.Key, StringComparer.Ordinal), entries.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Should_have_one_sql_statement_that_sets_a_version_published()
    {
        var root = RepositoryRoot();
        var statements = Directory.EnumerateFiles(Path.Combine(root, "src", "TraumaBondCms.Data"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Migrations", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PublishedTrue().Matches(WithoutComments(File.ReadAllText(f))).Select(m => (File: Path.GetFileName(f), m.Value)))
            .ToList();

        var only = Assert.Single(statements);
        Assert.Equal("SqlContentRepository.cs", only.File);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_refuse_a_version_whose_approval_is_forged_on_every_publish_path(string path)
    {
        var (id, _) = await DraftFaqAsync(team.Editor, $"Forged approval on {path}?", "The signature gives it away.");
        await MustAsync(team.Editor, id, "submit");
        await Forgery.ForgeApprovedAsync(team.Host, id);

        await AttemptAsync(path, id);

        await AssertNeverPublishedAsync(id);
    }

    [Fact]
    public async Task Should_refuse_on_another_node_an_approval_forged_in_the_shared_postgres_database_and_publish_a_genuine_one()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var (signingNode, otherNode) = (cluster.Nodes[0], cluster.Nodes[1]);
        using var editor = await signingNode.CreateUserAsync("editor.nodes", "Editor");
        using var reviewer = await signingNode.CreateUserAsync("dr.nodes", "ClinicalReviewer", Credential("LCSW", "N-1", 2031));
        using var editorOnOther = await otherNode.SignInAsync("editor.nodes", "editor.nodes" + PasswordSuffix);
        var (genuine, _) = await DraftFaqAsync(editor, "Signed on one node?", "Published from the other.");
        var (forged, _) = await DraftFaqAsync(editor, "Approved by writing to the database?", "Refused on every node.");
        await MustAsync(editor, genuine, "submit");
        await MustAsync(editor, forged, "submit");
        await ApproveAsync(reviewer, "dr.nodes", genuine);
        await Forgery.ReplayApprovalAsync(signingNode.Store, genuine, forged);

        var published = await editorOnOther.PostAsync($"/api/content/{genuine}/publish", null);
        var rest = await editorOnOther.PostAsync($"/api/content/{forged}/publish", null);
        var graphQL = await editorOnOther.GraphQLAsync($$"""mutation { publish(id: "{{forged}}") { id } }""");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, published);
        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, rest);
        Assert.Contains(refused.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "ApprovalSignature");
        Assert.Equal("CONFLICT", graphQL.Errors.Single().GetProperty("extensions").GetProperty("code").GetString());
        await using var session = await otherNode.Store.OpenReadAsync();
        Assert.Null(await session.Content.GetAsync(forged, VersionSelector.Published));
    }

    private async Task AttemptAsync(string path, string id)
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
                await RunRecipeWithForgedCarriedApprovalAsync(id);
                break;
            case "CmsSetup.RunFirstSetupAsync":
                await SetUpProductionWithForgedCarriedApprovalAsync();
                break;
            default:
                throw new InvalidOperationException($"No proof for the publish path {path}.");
        }
    }

    private async Task PostAdminFormAsync(string id)
    {
        using var site = await Admin.AdminSite.SignedInAsync(team.Host, "editor.maya", "editor.maya" + PasswordSuffix);
        var html = await site.GetStringAsync($"/admin/items/{id}/publishing");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string> { ["version"] = await LatestVersionIdAsync(team.Editor, id), ["returnUrl"] = $"/admin/items/{id}/publishing", ["__RequestVerificationToken"] = token };
        var response = await site.PostAsync($"/admin/items/{id}/transition/publish", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found, $"The form answered {(int)response.StatusCode}.");
        var page = await site.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("Not done.", page);
    }

    // The recipe carries, with the item's exact fields, an approval whose statement names the item but whose signature was
    // made over other content; a version-id mismatch would be caught earlier, so the id and hash are the real ones.
    private async Task RunRecipeWithForgedCarriedApprovalAsync(string id)
    {
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{id}?version=latest"));
        var genuine = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/content/faq-what-is-a-safety-plan/approvals"))).EnumerateArray()
            .Concat(await AnyGenuineApprovalsAsync()).First(a => a.TryGetProperty("signature", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String);
        var recipe = Path.Combine(team.Host.DataPath, $"forged-{id}.recipe.json");
        await File.WriteAllTextAsync(recipe, System.Text.Json.JsonSerializer.Serialize(new
        {
            name = "forged",
            steps = new object[]
            {
                new
                {
                    name = "Content",
                    items = new[]
                    {
                        new
                        {
                            contentItemId = id,
                            contentItemVersionId = latest.GetProperty("contentItemVersionId").GetString(),
                            contentType = "Faq",
                            published = true,
                            fields = latest.GetProperty("fields"),
                            approvals = new[]
                            {
                                new
                                {
                                    approvalId = "carried-" + id,
                                    contentItemId = id,
                                    contentItemVersionId = latest.GetProperty("contentItemVersionId").GetString(),
                                    contentHash = latest.GetProperty("contentHash").GetString(),
                                    reviewer = "dr.okafor",
                                    reviewerDisplayName = "dr.okafor",
                                    credential = genuine.GetProperty("credential").GetString(),
                                    signedUtc = genuine.GetProperty("signedUtc").GetString(),
                                    kind = "Approval",
                                    meaning = genuine.GetProperty("meaning").GetString(),
                                    credentialConfirmedBy = CmsTestHost.SecondAdminName,
                                    credentialIndependentlyConfirmed = true,
                                    signingKeyId = genuine.GetProperty("signingKeyId").GetString(),
                                    signature = genuine.GetProperty("signature").GetString(),
                                },
                            },
                        },
                    },
                },
            },
        }));

        var run = await CliProcess.RunAsync(team.Host.DataPath, null, "recipe", "run", recipe, "--actor", "forger");
        var import = await CliProcess.RunAsync(team.Host.DataPath, null, "content", "import", recipe, "--actor", "forger");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("was not accepted", run.Output);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("was not accepted", import.Output);
    }

    // A first start in Production whose setup recipe carries, for one FAQ, an approval of its exact content with a
    // signature replayed from other content: setup publishes nothing, that FAQ included.
    private async Task SetUpProductionWithForgedCarriedApprovalAsync()
    {
        const string faq = "faq-what-is-a-safety-plan";
        var sample = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{faq}?version=latest"));
        var genuine = (await AnyGenuineApprovalsAsync()).First();
        var recipe = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "recipes", "trauma-bonding-library.recipe.json")))!;
        var item = recipe["steps"]!.AsArray().First(s => (string?)s!["name"] == "Content")!["items"]!.AsArray().First(i => (string?)i!["contentItemId"] == faq)!;
        item["contentItemVersionId"] = "forged-setup-version";
        item["approvals"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["approvalId"] = "carried-setup",
            ["contentItemId"] = faq,
            ["contentItemVersionId"] = "forged-setup-version",
            ["contentHash"] = sample.GetProperty("contentHash").GetString(),
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
        });
        var dataPath = CmsTestHost.NewDataPath();
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "forged-setup.recipe.json");
        await File.WriteAllTextAsync(file, recipe.ToJsonString());

        using var production = new CmsTestHost(dataPath, new Dictionary<string, string?> { ["Cms:Setup:Recipe"] = file, ["Cms:Signing:KeyPath"] = SigningKeyPath() }, environment: "Production");

        Assert.Equal(HttpStatusCode.NotFound, (await production.Anonymous().GetAsync($"/api/content/{faq}")).StatusCode);
        Assert.Equal(0, (await production.Anonymous().GraphQLAsync("{ faqs { totalCount } }")).Ok().GetProperty("faqs").GetProperty("totalCount").GetInt32());
    }

    // The production host trusts the same key as the team's host (one key file), so only the statement can give the forgery away.
    private string SigningKeyPath() => Path.Combine(team.Host.DataPath, "keys", "signing-keys.json");

    private async Task<IEnumerable<System.Text.Json.JsonElement>> AnyGenuineApprovalsAsync()
    {
        var (other, _) = await DraftFaqAsync(team.Editor, $"Which approval can be replayed ({Guid.NewGuid():N})?", "A genuine one, over other content.");
        await MustAsync(team.Editor, other, "submit");
        await ApproveAsync(team.Reviewer, "dr.okafor", other);
        return (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{other}/approvals"))).EnumerateArray().ToList();
    }

    private async Task AssertNeverPublishedAsync(string id)
    {
        using var reader = team.Host.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        await using var session = await team.Host.Store.OpenReadAsync();
        Assert.Null(await session.Content.GetAsync(id, VersionSelector.Published));
    }

    private static string? Surface(Type type) =>
        type.Name.EndsWith("Endpoints", StringComparison.Ordinal) ? "REST"
        : type.Namespace?.StartsWith("TraumaBondCms.Web.GraphQL", StringComparison.Ordinal) == true ? "GraphQL"
        : type.Namespace == "TraumaBondCms.Web.Admin.Pages" ? "admin UI"
        : typeof(IHostedService).IsAssignableFrom(type) ? "background job"
        : type.Namespace == "TraumaBondCms.Web.Cli" ? "command line"
        : type.Namespace == "TraumaBondCms.Web.Setup" ? "setup"
        : null;

    // The code of a C# file without its comment lines (documentation quotes SQL too).
    private static string WithoutComments(string code) =>
        string.Join('\n', code.Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TraumaBondCms.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("TraumaBondCms.sln was not found above the test binaries.");
    }

    // A SQL assignment or insert value that makes a version published: "published = @true", "published = 1", "published = TRUE".
    [GeneratedRegex(@"\bpublished\s*=\s*(@true|1\b|TRUE\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedTrue();
}
