using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
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
/// approval forged in that database, while publishing one that another node genuinely signed. The attempts themselves are
/// <see cref="PublishAttempts"/>; <see cref="MediaPublishPathTests"/> makes them for articles whose image or alt text changed
/// after signing.
/// </summary>
public sealed partial class PublishPathTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private readonly PublishAttempts _attempts = new(team);

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

        await _attempts.AttemptAsync(path, id, "Faq", GenuineApprovalAsync, SetUpProductionWithForgedCarriedApprovalAsync);

        await AssertNeverPublishedAsync(id);
    }

    [Fact]
    public async Task Should_refuse_on_another_node_an_approval_forged_in_the_shared_postgres_database_and_publish_a_genuine_one()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var (signingNode, otherNode) = (cluster.Nodes[0], cluster.Nodes[1]);
        var (editor, reviewer, editorOnOther) = await PublishAttempts.NodeTeamAsync(cluster, "nodes");
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

    // The forged approval's signature, for the recipe path: a sample's, when it has one, else one over another FAQ.
    private async Task<JsonElement> GenuineApprovalAsync() =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync("/api/content/faq-what-is-a-safety-plan/approvals"))).EnumerateArray()
            .Concat(await _attempts.AnyGenuineApprovalsAsync()).First(a => a.TryGetProperty("signature", out var s) && s.ValueKind == JsonValueKind.String);

    // A first start in Production whose setup recipe carries, for one FAQ, an approval of its exact content with a
    // signature replayed from other content: setup publishes nothing, that FAQ included.
    private async Task SetUpProductionWithForgedCarriedApprovalAsync()
    {
        const string faq = "faq-what-is-a-safety-plan";
        var sample = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Editor.GetAsync($"/api/content/{faq}?version=latest"));
        var genuine = (await _attempts.AnyGenuineApprovalsAsync())[0];
        var approval = PublishAttempts.CarriedApproval(sample, genuine);
        approval["contentItemVersionId"] = "forged-setup-version";

        using var production = await _attempts.SetUpProductionAsync(recipe =>
        {
            var item = recipe["steps"]!.AsArray().First(s => (string?)s!["name"] == "Content")!["items"]!.AsArray().First(i => (string?)i!["contentItemId"] == faq)!;
            item["contentItemVersionId"] = "forged-setup-version";
            item["approvals"] = new JsonArray(approval);
        });

        Assert.Equal(HttpStatusCode.NotFound, (await production.Anonymous().GetAsync($"/api/content/{faq}")).StatusCode);
        Assert.Equal(0, (await production.Anonymous().GraphQLAsync("{ faqs { totalCount } }")).Ok().GetProperty("faqs").GetProperty("totalCount").GetInt32());
    }

    private async Task AssertNeverPublishedAsync(string id)
    {
        using var reader = team.Host.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/content/{id}")).StatusCode);
        await using var session = await team.Host.Store.OpenReadAsync();
        Assert.Null(await session.Content.GetAsync(id, VersionSelector.Published));
    }

    /// <summary>The entry surface a type belongs to (REST, GraphQL, admin UI, background job, command line, setup); null for none.</summary>
    internal static string? Surface(Type type) =>
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
