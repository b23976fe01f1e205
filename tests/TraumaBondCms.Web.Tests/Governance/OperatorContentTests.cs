using System.Net;
using System.Text.Json;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// Break 2 of issue 13, on the command line: a <c>recipe run</c> with a <c>Content</c> step published a transposed
/// hotline number unchecked, with no actor in the audit log. Recipe and import content now arrive as drafts waiting for
/// clinical review, recorded under the operator (<c>--actor</c>, else the operating-system user) as <c>cli:NAME</c>.
/// The real executable runs in Production, as an operator's would.
/// </summary>
public sealed class OperatorContentTests
{
    [Fact]
    public async Task Should_send_a_recipes_content_to_review_and_audit_the_operator_when_it_asks_to_publish()
    {
        var dataPath = CmsTestHost.NewDataPath();
        Directory.CreateDirectory(dataPath);
        var recipe = Path.Combine(dataPath, "hotline-fix.recipe.json");
        await File.WriteAllTextAsync(recipe, """
            { "name": "hotline-fix", "steps": [ { "name": "Content", "items": [ {
                "contentItemId": "faq-hotline-number", "contentType": "Faq", "published": true,
                "fields": { "question": "What is the hotline number?", "answer": "Call 1-800-799-7223 at any time." } } ] } ] }
            """);

        var run = await CliProcess.RunInAsync("Production", dataPath, null, "recipe", "run", recipe, "--actor", "ops.jane");
        var unnamed = await CliProcess.RunInAsync("Production", dataPath, null, "recipe", "run", recipe);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("as cli:ops.jane", run.Output);
        Assert.Contains("1 waiting for clinical review", run.Output);
        Assert.True(unnamed.ExitCode == 0, unnamed.Output + unnamed.Error);
        Assert.Contains("as cli:" + Environment.UserName, unnamed.Output);
        using var host = new CmsTestHost(dataPath, environment: "Production");
        using var admin = await host.AdminAsync();
        var served = await host.Anonymous().GetAsync("/api/content/faq-hotline-number");
        var latest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/content/faq-hotline-number?version=latest"));
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?item=faq-hotline-number"));
        var approve = await admin.PostAsync("/api/content/faq-hotline-number/publish", null);

        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
        Assert.Equal(("InReview", "cli:ops.jane"), (latest.GetProperty("status").GetString(), latest.GetProperty("author").GetString()));
        Assert.Equal(["content.submitted_by_recipe", "content.created"], audit.EnumerateArray().Where(a => a.GetProperty("actor").GetString() == "cli:ops.jane").Select(a => a.GetProperty("action").GetString()));
        await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, approve);
    }

    [Fact]
    public async Task Should_import_an_article_as_drafts_under_the_operators_name()
    {
        using var host = new CmsTestHost();
        using var admin = await host.AdminAsync();

        var run = await CliProcess.RunAsync(host.DataPath, null, "import", SeedFiles.PathOf("001"), "--actor", "editor.on.call");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?actor=cli:editor.on.call&action=content.created"));
        var created = Assert.Single(audit.EnumerateArray());
        var article = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{created.GetProperty("contentItemId").GetString()}?version=latest"));
        Assert.Equal(("Draft", false), (article.GetProperty("status").GetString(), article.GetProperty("published").GetBoolean()));
    }
}
