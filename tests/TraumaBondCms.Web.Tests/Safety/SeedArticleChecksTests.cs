using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Import;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Import;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Safety.SafetyApi;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Safety;

/// <summary>The three real seed articles imported as drafts, then run through the safety checks as an editor would.</summary>
public sealed class SeedArticleChecksTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private async Task<ArticleImportResult> ImportAsync(string seed, ImportOptions? options = null) =>
        await team.Host.Services.GetRequiredService<ArticleImportService>().ImportAsync(SeedFiles.Read(seed), options, CmsActor.System);

    [Fact]
    public async Task Should_match_the_hotline_and_ask_for_a_crisis_resource_when_the_long_seed_is_checked()
    {
        var imported = await ImportAsync("000");

        var run = await RunChecksAsync(team.Editor, imported.Article.ContentItemId);

        var report = run.GetProperty("report");
        Assert.Equal([("risk-topic-resource", "Error"), ("readability", "Warning")], Rules(report));
        Assert.Contains("mentions 'abuse' (risk topic 'abuse')", Messages(report, "risk-topic-resource")[0]);
        var hotline = Assert.Single(report.GetProperty("matches").EnumerateArray());
        Assert.Equal(
            ("1-800-799-7233", "Matched", "National Domestic Violence Hotline", "Current"),
            (hotline.GetProperty("found").GetString(), hotline.GetProperty("outcome").GetString(), hotline.GetProperty("resourceName").GetString(), hotline.GetProperty("verification").GetString()));
        Assert.True(report.GetProperty("readability").GetProperty("readingEase").GetDouble() < 50);
    }

    [Fact]
    public async Task Should_pass_every_faq_of_the_long_seed_when_its_answers_quote_no_helpline()
    {
        var imported = await ImportAsync("000");

        var runs = await Task.WhenAll(imported.Faqs.Select(f => RunChecksAsync(team.Editor, f.ContentItemId)));

        Assert.Equal(5, runs.Length);
        Assert.All(runs, r => Assert.Equal((true, 0), (r.GetProperty("configured").GetBoolean(), r.GetProperty("errors").GetInt32())));
    }

    [Fact]
    public async Task Should_only_warn_about_readability_when_the_short_clinic_seed_is_checked()
    {
        var imported = await ImportAsync("001");

        var run = await RunChecksAsync(team.Editor, imported.Article.ContentItemId);

        var report = run.GetProperty("report");
        Assert.Equal([("readability", "Warning")], Rules(report));
        Assert.Empty(report.GetProperty("matches").EnumerateArray());
        Assert.Empty(report.GetProperty("riskTopics").EnumerateArray());
    }

    [Fact]
    public async Task Should_ask_for_a_crisis_resource_when_the_third_seed_mentions_abuse_in_its_reading_list()
    {
        var imported = await ImportAsync("002");

        var run = await RunChecksAsync(team.Editor, imported.Article.ContentItemId);

        var report = run.GetProperty("report");
        Assert.Equal([("risk-topic-resource", "Error")], Rules(report));
        Assert.Equal(["abuse"], report.GetProperty("riskTopics").EnumerateArray().Select(t => t.GetString()));
        Assert.True(report.GetProperty("readability").GetProperty("readingEase").GetDouble() >= 50);
    }

    [Fact]
    public async Task Should_warn_about_the_promotion_the_importer_drops_when_seeds_are_imported_as_written()
    {
        var options = new ImportOptions { DropPromotional = false };
        var (long_, clinic) = (await ImportAsync("000", options), await ImportAsync("001", options));

        var longReport = (await RunChecksAsync(team.Editor, long_.Article.ContentItemId)).GetProperty("report");
        var clinicReport = (await RunChecksAsync(team.Editor, clinic.Article.ContentItemId)).GetProperty("report");

        var promotion = Messages(longReport, "promotional");
        Assert.Contains(promotion, m => m.Contains("(social follow)", StringComparison.Ordinal) && m.Contains("Follow Truthsinside.com", StringComparison.Ordinal));
        Assert.Contains(promotion, m => m.Contains("(music promotion)", StringComparison.Ordinal) && m.Contains("singer-songwriter", StringComparison.Ordinal));
        Assert.Contains(promotion, m => m.Contains("(social platforms)", StringComparison.Ordinal) && m.Contains("Spotify", StringComparison.Ordinal));
        Assert.Contains(Messages(clinicReport, "promotional"), m => m.Contains("(sales call to action)", StringComparison.Ordinal) && m.Contains("free 20-minute consultation", StringComparison.Ordinal));
        Assert.All(Rules(longReport).Where(r => r.Rule == "promotional"), r => Assert.Equal("Warning", r.Severity));
    }

    [Fact]
    public async Task Should_submit_the_long_seed_when_the_editor_links_the_hotline_and_adds_a_content_warning()
    {
        var id = (await ImportAsync("000")).Article.ContentItemId;
        var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, await TransitionAsync(team.Editor, id, "submit"));

        await PatchAsync(team.Editor, id, new
        {
            topics = new[] { "trauma-bonding", "abuse" },
            contentWarning = "Discusses abusive relationships in general terms.",
            relatedResources = new[] { "resource-us-ndvh", "resource-global-find-a-helpline" },
        });
        var submitted = await MustAsync(team.Editor, id, "submit");

        Assert.Contains("links no verified crisis resource for US", refused.GetProperty("detail").GetString());
        Assert.Equal("InReview", submitted.GetProperty("to").GetString());
        var stored = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Reviewer.GetAsync($"/api/content/{id}/checks"));
        var report = Assert.Single(stored.GetProperty("runs").EnumerateArray()).GetProperty("report");
        Assert.Equal([("readability", "Warning")], Rules(report));
    }
}
