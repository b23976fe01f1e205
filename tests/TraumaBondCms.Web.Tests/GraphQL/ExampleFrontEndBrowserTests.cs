using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The example front end in Chromium against a running CMS: what a reader sees on each page, with no "null" anywhere and honest review labels.</summary>
public sealed partial class ExampleFrontEndBrowserTests(ExampleFrontEndFixture site) : IClassFixture<ExampleFrontEndFixture>
{
    [Fact]
    public async Task Should_list_articles_with_honest_review_labels_when_the_home_page_opens()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.SiteAddress.ToString());

        await Expect(page.Locator(".card h2 a").First).ToBeVisibleAsync();
        // The setup recipe's sample articles were never signed by a clinician: the list says they are samples (issue 13).
        await Expect(page.Locator(".card .meta").First).ToContainTextAsync("sample, not clinically reviewed");
        await Expect(page.Locator("footer")).Not.ToContainTextAsync("Content is clinically reviewed");
        await AssertReadableAsync(page, "home");
    }

    [Fact]
    public async Task Should_show_an_article_with_its_faqs_and_resources_when_a_reader_opens_it()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.SiteAddress + "#/article/the-abuse-cycle");

        await Expect(page.Locator("h1")).ToContainTextAsync("The abuse cycle");
        await Expect(page.Locator("details summary")).ToHaveCountAsync(4);
        await Expect(page.Locator(".resource h3").First).ToBeVisibleAsync();
        await Expect(page.Locator(".review.sample")).ToContainTextAsync("Sample, not clinically reviewed");
        await AssertReadableAsync(page, "article");
    }

    [Fact]
    public async Task Should_open_the_faq_in_its_article_when_the_top_search_hit_is_a_faq_and_is_clicked()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.SiteAddress.ToString());
        await page.Locator("#search-input").FillAsync("why do I miss someone who hurt me");
        await page.Locator("#search-input").PressAsync("Enter");
        var top = page.Locator(".card").First;
        await Expect(top.Locator(".meta")).ToHaveTextAsync("Faq");
        var question = await top.Locator("h2").InnerTextAsync();
        await AssertReadableAsync(page, "search");

        await top.Locator("h2 a").ClickAsync();

        await Expect(page.Locator("details[open] summary")).ToHaveTextAsync(question);
        await AssertReadableAsync(page, "search-faq-opened");
    }

    [Fact]
    public async Task Should_show_the_draft_with_a_draft_label_when_a_preview_token_opens_it_by_id_or_slug()
    {
        using var admin = await site.Host.AdminAsync();
        // No summary, key takeaways or FAQs: the fields a reader's page must do without.
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/content", new NewContent("Article", new { title = "A draft for the clinic", body = "Draft **body** text." })));
        var id = created.GetProperty("contentItemId").GetString()!;
        var slug = created.GetProperty("fields").GetProperty("slug").GetString()!;
        var token = (await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/preview-tokens", new { contentItemId = id, label = "browser test" }))).GetProperty("token").GetString()!;
        var byId = await site.NewPageAsync();
        var bySlug = await site.NewPageAsync();

        await byId.GotoAsync($"{site.SiteAddress}?preview={Uri.EscapeDataString(token)}&id={id}");
        await bySlug.GotoAsync($"{site.SiteAddress}?preview={Uri.EscapeDataString(token)}&slug={slug}");

        foreach (var page in new[] { byId, bySlug })
        {
            await Expect(page.Locator("h1")).ToHaveTextAsync("A draft for the clinic");
            await Expect(page.Locator("#preview-banner")).ToBeVisibleAsync();
            await Expect(page.Locator(".review.pending")).ToContainTextAsync("Draft: not clinically reviewed");
            await Expect(page.Locator("article strong")).ToHaveTextAsync("body");
        }

        await AssertReadableAsync(byId, "preview");
    }

    // No "null", "undefined", "NaN" or "[object" in the text a reader sees, no script error, and a screenshot to look at.
    private async Task AssertReadableAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExampleFrontEndFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotMatch(Leaks(), text);
        Assert.DoesNotContain("could not be loaded", text, StringComparison.Ordinal);
        Assert.Empty(site.PageErrors[page]);
    }

    [GeneratedRegex("null|undefined|NaN|\\[object")]
    private static partial Regex Leaks();
}
