using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The publishing page in a browser: scheduling and cancelling a publish, publishing, and a clinical reviewer's emergency unpublish that flags the item for follow-up.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminPublishingTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_take_the_article_offline_and_flag_it_when_a_reviewer_makes_an_emergency_unpublish()
    {
        var id = await ApprovedArticleAsync("An article that must come down");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync($"/admin/items/{id}/publishing");

        await page.Locator("#schedule-at").FillAsync(DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Publish scheduled for");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Schedule cancelled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Published");
        Assert.Equal("An article that must come down", await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Emergency unpublish" })).ToHaveCountAsync(0);
        var reviewerPage = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(reviewerPage, AdminBrowserFixture.Reviewer);
        await reviewerPage.GotoAsync($"/admin/items/{id}/publishing");

        await reviewerPage.Locator("#transition-emergencyUnpublish-reason").FillAsync("A helpline number in it is wrong.");
        await reviewerPage.GetByRole(AriaRole.Button, new() { Name = "Emergency unpublish" }).ClickAsync();

        await Expect(reviewerPage.GetByTestId("status")).ToHaveTextAsync("Unpublished");
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        await page.GotoAsync("/admin");
        await Expect(page.Locator("section[aria-labelledby=follow-ups]")).ToContainTextAsync("A helpline number in it is wrong.");
        await page.Context.CloseAsync();
        await reviewerPage.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_give_a_link_to_the_front_ends_preview_that_works_until_it_is_revoked_when_an_editor_creates_one()
    {
        var id = await ApprovedArticleAsync("A draft for an outside reviewer");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync($"/admin/items/{id}/publishing");

        await page.Locator("#token-days").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create preview link" }).ClickAsync();

        var link = page.GetByTestId("preview-token");
        var token = (await link.GetAttributeAsync("data-token"))!;
        Assert.StartsWith("tbp_", token);
        await Expect(link).ToHaveValueAsync($"https://library.example/preview?token={Uri.EscapeDataString(token)}&id={id}");
        await Expect(page.GetByTestId("preview-open")).ToHaveAttributeAsync("href", $"https://library.example/preview?token={Uri.EscapeDataString(token)}&id={id}");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("It works until " + DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        Assert.Equal("A draft for an outside reviewer", await PublicContentApi.PreviewTitleAsync(fixture.Host, id, token));
        Assert.Null(await PublicContentApi.PreviewTitleAsync(fixture.Host, "article-why-leaving-is-hard", token));
        await AdminBrowserFixture.ScreenshotAsync(page, "publishing-preview-link");

        await page.GetByTestId("active-links").GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Preview link revoked: it stopped working now.");
        await Expect(page.GetByTestId("active-links")).ToHaveCountAsync(0);
        Assert.Null(await PublicContentApi.PreviewTitleAsync(fixture.Host, id, token));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_schedule_the_publication_from_the_dashboard_when_an_approved_item_is_ready()
    {
        var id = await ApprovedArticleAsync("Approved and waiting on the dashboard");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        var card = page.GetByTestId("ready-to-publish").Locator($"li[data-item='{id}']");
        var at = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        await card.GetByLabel("Publish at (UTC)").FillAsync(at);
        await card.GetByRole(AriaRole.Button, new() { Name = "Schedule publishing “Approved and waiting on the dashboard”" }).ClickAsync();

        await page.WaitForURLAsync("**/admin");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Publish scheduled for " + at.Replace('T', ' '));
        await Expect(page.Locator("section[aria-labelledby=scheduled]")).ToContainTextAsync("Approved and waiting on the dashboard");
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        await page.Context.CloseAsync();
    }

    private async Task<string> ApprovedArticleAsync(string title)
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, title, "Body.");
        using (var editor = await fixture.ApiAsync(AdminBrowserFixture.Editor))
        {
            (await editor.PostAsJsonAsync($"/api/content/{id}/workflow/submit", new { })).EnsureSuccessStatusCode();
        }

        using var reviewer = await fixture.ApiAsync(AdminBrowserFixture.Reviewer);
        var version = (await fixture.LatestAsync(id)).GetProperty("contentItemVersionId").GetString();
        (await reviewer.PostAsJsonAsync($"/api/content/{id}/workflow/approve", new { version, password = AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix })).EnsureSuccessStatusCode();
        return id;
    }
}
