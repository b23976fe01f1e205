using System.Net;
using System.Text.Json;
using Markdig.Syntax;
using TraumaBondCms.Core.Markdown;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>The <c>import FILE</c> command on the three real seed articles: drafts only, FAQs linked, headings kept.</summary>
public sealed class ImportCommandTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ImportCommandTests(SharedCmsHost shared) => _host = shared.Host;

    [Theory]
    [InlineData("000", "What Trauma Bonding Actually Is", 22, 5, "Is trauma bonding the same as codependency?")]
    [InlineData("001", "Trauma Bonding: Why It Feels So Hard to Leave", 4, 0, null)]
    [InlineData("002", "What Are Trauma Bonds? Why It's So Hard to Let Go of Toxic Relationships", 12, 0, null)]
    public async Task Should_create_a_draft_article_with_its_faqs_when_a_seed_is_imported(string seed, string title, int headings, int faqCount, string? firstQuestion)
    {
        var run = await CliProcess.RunAsync(_host.DataPath, null, "import", SeedFiles.PathOf(seed));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("Nothing was published", run.Output);
        using var editor = await _host.AdminAsync();
        var article = await FindLatestAsync(editor, "Article", title);
        Assert.False(article.GetProperty("published").GetBoolean());
        var body = MarkdownRenderer.Parse(article.GetProperty("fields").GetProperty("body").GetString()!);
        Assert.Equal(headings, body.Descendants<HeadingBlock>().Count());

        var faqs = await FaqsOfAsync(editor, article.GetProperty("contentItemId").GetString()!);
        Assert.Equal(faqCount, faqs.Count);
        if (firstQuestion is not null)
        {
            Assert.Equal(firstQuestion, faqs.OrderBy(f => f.GetProperty("fields").GetProperty("position").GetInt32()).First().GetProperty("displayText").GetString());
            Assert.All(faqs, f => Assert.False(f.GetProperty("published").GetBoolean()));
        }
    }

    [Fact]
    public async Task Should_keep_the_hotline_and_drop_the_promotion_when_the_long_seed_is_imported()
    {
        var run = await CliProcess.RunAsync(_host.DataPath, null, "import", SeedFiles.PathOf("000"), "--title", "Hotline check import");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("PromotionalSectionRemoved", run.Output);
        using var editor = await _host.AdminAsync();
        var body = (await FindLatestAsync(editor, "Article", "Hotline check import")).GetProperty("fields").GetProperty("body").GetString()!;
        Assert.Contains("1-800-799-7233", body);
        Assert.DoesNotContain("Spotify", body);
        Assert.DoesNotContain("CALL TO ACTION", body);
    }

    [Fact]
    public async Task Should_fail_with_a_clear_message_when_the_file_is_empty()
    {
        var empty = Path.Combine(_host.DataPath, "empty.txt");
        await File.WriteAllTextAsync(empty, "   \n\n");
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var run = await CliProcess.RunAsync(_host.DataPath, null, "import", empty);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty", run.Error);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    private static async Task<JsonElement> FindLatestAsync(HttpClient client, string type, string title)
    {
        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync($"/api/content?type={type}&status=latest&first=500&q={Uri.EscapeDataString(title)}"));
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("displayText").GetString() == title);
    }

    private static async Task<List<JsonElement>> FaqsOfAsync(HttpClient client, string articleId)
    {
        var page = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/content?type=Faq&status=latest&first=500"));
        return page.GetProperty("items").EnumerateArray()
            .Where(f => f.GetProperty("fields").TryGetProperty("article", out var a) && a[0].GetString() == articleId)
            .ToList();
    }
}
