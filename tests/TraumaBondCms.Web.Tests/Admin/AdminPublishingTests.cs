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
    public async Task Should_let_an_external_reviewer_read_the_draft_with_a_preview_link()
    {
        var id = await ApprovedArticleAsync("A draft for an outside reviewer");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync($"/admin/items/{id}/publishing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create preview link" }).ClickAsync();
        var token = (await page.GetByTestId("preview-token").TextContentAsync())!.Trim();

        Assert.StartsWith("tbp_", token);
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        Assert.Equal("A draft for an outside reviewer", await PublicContentApi.PreviewTitleAsync(fixture.Host, id, token));
        Assert.Null(await PublicContentApi.PreviewTitleAsync(fixture.Host, "article-why-leaving-is-hard", token));
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
