using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// The whole clinical review path through the admin UI in a real browser: an editor writes and submits an article, a reviewer
/// requests changes on a field, the editor fixes it, the reviewer approves with a password, the editor publishes, and the
/// public API then serves the article. Saves screenshots of the dashboard, editor, review screen and diff.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed partial class AdminReviewJourneyTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_publish_an_article_readers_can_fetch_when_it_went_through_review_in_the_browser()
    {
        var title = "Naming the pull: a first look at trauma bonds";
        var editor = await fixture.NewPageAsync();
        var reviewer = await fixture.NewPageAsync();

        // The editor writes the article; the Markdown preview is rendered by the server as they type.
        await AdminBrowserFixture.SignInAsync(editor, AdminBrowserFixture.Editor);
        await editor.GotoAsync("/admin/content/Article/new");
        await editor.Locator("#field-title").FillAsync(title);
        await editor.Locator("#field-summary").FillAsync("What a trauma bond is, in plain words.");
        await editor.Locator("#field-body").FillAsync("## What it is\n\nA strong attachment to someone who *also* causes harm.\n\n- It forms in cycles of hurt and relief.\n- It is not a diagnosis.");
        await Expect(editor.Locator("#preview-body h2")).ToHaveTextAsync("What it is");
        await Expect(editor.Locator("#preview-body em")).ToHaveTextAsync("also");
        await editor.GetByLabel("Trauma bonding", new() { Exact = true }).CheckAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await editor.WaitForURLAsync(AdminSite.ItemUrl());
        var id = AdminSite.ItemUrl().Match(editor.Url).Groups[1].Value;
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("as a draft");
        Log("editor", await AdminBrowserFixture.ScreenshotAsync(editor, "editor"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // The reviewer finds it in the queue and sends it back with a comment on the body.
        await AdminBrowserFixture.SignInAsync(reviewer, AdminBrowserFixture.Reviewer);
        var queue = reviewer.Locator("section[aria-labelledby=review-queue]");
        await Expect(queue).ToContainTextAsync(title);
        Log("dashboard", await AdminBrowserFixture.ScreenshotAsync(reviewer, "dashboard"));
        await queue.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await reviewer.WaitForURLAsync($"**/admin/items/{id}/review");
        await reviewer.Locator("#transition-requestChanges-comment").FillAsync("Please add where readers can get help right now.");
        await reviewer.Locator("#transition-requestChanges-field").SelectOptionAsync("body");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Request changes" }).ClickAsync();
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Changes requested");

        // The editor sees the comment next to the editor, fixes the body and submits again.
        await editor.GotoAsync($"/admin/items/{id}");
        await Expect(editor.GetByTestId("open-comments")).ToContainTextAsync("where readers can get help");
        await Expect(editor.GetByTestId("open-comments")).ToContainTextAsync("Body");
        var body = await editor.Locator("#field-body").InputValueAsync();
        await editor.Locator("#field-body").FillAsync(body + "\n\n## Getting help now\n\nIn the US, call or text 988.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 2");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // The reviewer compares the versions, then approves by signing with their password.
        await reviewer.GotoAsync($"/admin/items/{id}/history?from=1&to=2");
        await Expect(reviewer.Locator("#version-diff-section .diff-text ins")).ToContainTextAsync(["Getting help now"]);
        Log("diff", await AdminBrowserFixture.ScreenshotAsync(reviewer, "diff"));
        await reviewer.GotoAsync($"/admin/items/{id}/review");
        await Expect(reviewer.GetByTestId("preview")).ToContainTextAsync("Getting help now");
        Log("review", await AdminBrowserFixture.ScreenshotAsync(reviewer, "review"));
        await reviewer.Locator("#transition-approve-password").FillAsync(AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Status)).ToContainTextAsync("signed by");
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Approved");

        // The editor publishes; readers now get the article.
        Assert.Null(await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        await editor.GotoAsync($"/admin/items/{id}/publishing");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("Published");

        Assert.Equal(title, await PublicContentApi.PublishedTitleAsync(fixture.Host, id));
        await editor.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_fit_the_screen_when_the_dashboard_editor_and_review_are_375_pixels_wide()
    {
        var page = await fixture.NewPageAsync(width: 375, height: 812);
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);

        foreach (var (name, url) in new[] { ("dashboard", "/admin"), ("editor", "/admin/items/article-the-abuse-cycle"), ("review", "/admin/items/article-the-abuse-cycle/review"), ("diff", "/admin/items/article-the-abuse-cycle/history?from=1&to=1") })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Log(name + "-375", await AdminBrowserFixture.ScreenshotAsync(page, name + "-375"));
            Log(name + "-375-screen", await AdminBrowserFixture.ScreenshotAsync(page, name + "-375-screen", fullPage: false));

            var culprits = overflow <= 0 ? "" : await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
            Assert.True(overflow <= 0, $"{url} is {overflow} px wider than a 375 px screen: {culprits}");
        }

        await page.Context.CloseAsync();
    }

    private void Log(string what, string path) => output.WriteLine($"screenshot {what}: {path}");
}
