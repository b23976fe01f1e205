using System.Net.Http.Json;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// Every admin screen checked by axe-core (WCAG 2.2 A and AA rules) at 1280 and 375 pixels wide, on an item with a full
/// review behind it and a draft with safety findings: no serious or critical violation, nothing wider than a phone's
/// screen, and a screenshot of each screen at each width in <see cref="AdminBrowserFixture.ScreenshotFolder"/>. And the
/// workflow done with the keyboard alone, its outcome announced.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminAccessibilityTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    // The setup recipe's Spanish translation of an article, waiting for review: the side-by-side screens.
    private const string SpanishArticle = "article-why-leaving-is-hard-es";

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Should_have_no_serious_or_critical_violation_and_fit_the_width_when_each_screen_is_checked(int width)
    {
        var (reviewed, draft) = await ItemsAsync($"at {width} px");
        var screens = new (string Name, string Url)[]
        {
            ("dashboard", "/admin"),
            ("list", "/admin/content/Article"),
            ("new", "/admin/content/Article/new"),
            ("edit-findings", $"/admin/items/{draft}"),
            ("edit", $"/admin/items/{reviewed}"),
            ("review", $"/admin/items/{reviewed}/review"),
            ("review-history", $"/admin/items/{reviewed}/review-history"),
            ("versions", $"/admin/items/{reviewed}/history?from=1&to=2"),
            ("publishing", $"/admin/items/{reviewed}/publishing"),
            ("translations", $"/admin/items/{reviewed}/translations"),
            ("translation-edit", $"/admin/items/{SpanishArticle}"),
            ("translation-review", $"/admin/items/{SpanishArticle}/review"),
            ("users", "/admin/users"),
            ("user-edit", $"/admin/users/{AdminBrowserFixture.Reviewer}"),
            ("audit", "/admin/audit"),
            ("webhooks", "/admin/webhooks"),
            ("security", "/admin/account/security"),
        };
        var page = await fixture.NewPageAsync(width, width < 600 ? 812 : 900);
        var problems = new List<string>();
        await page.GotoAsync("/admin/login");
        await CheckAsync(page, "login", width, problems);
        await AdminBrowserFixture.SignInAsync(page, "admin", CmsTestHost.AdminPassword);

        foreach (var (name, url) in screens)
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            await CheckAsync(page, name, width, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_report_a_critical_violation_when_a_screen_gets_a_field_without_a_label()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/login");

        await page.EvaluateAsync("() => document.querySelector('form').append(Object.assign(document.createElement('input'), { type: 'text', name: 'unlabelled' }))");
        var violations = await AxeCheck.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("label (critical)", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_submit_and_announce_the_outcome_when_the_editor_uses_only_the_keyboard()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "Written and submitted by keyboard", "A short body.");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync($"/admin/items/{id}");

        // Tab through the page in its focus order until "Submit for review" has the focus, then press Enter.
        var reached = false;
        for (var i = 0; i < 120 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.textContent?.trim() === 'Submit for review'");
        }

        Assert.True(reached, "Tab never reached the Submit for review button.");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("In review");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Submit for review: version 1 is now in review.");
        await page.Context.CloseAsync();
    }

    private async Task CheckAsync(IPage page, string name, int width, List<string> problems)
    {
        var path = await AdminBrowserFixture.ScreenshotAsync(page, $"screen-{name}-{width}");
        output.WriteLine($"screenshot {name} at {width} px: {path}");
        foreach (var violation in await AxeCheck.SeriousViolationsAsync(page))
        {
            problems.Add($"{name} at {width} px: {violation}");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            problems.Add($"{name} at {width} px is {overflow} px wider than the screen.");
        }
    }

    // An article taken through a whole review (sent back, fixed, approved, published; a comment resolved), a draft whose
    // safety checks find problems, and an approved article for the dashboard's ready-to-publish card.
    private async Task<(string Reviewed, string Draft)> ItemsAsync(string suffix)
    {
        using var editor = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        using var reviewer = await fixture.ApiAsync(AdminBrowserFixture.Reviewer);
        var reviewed = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "Checked for accessibility " + suffix, "The first body.");
        await ReviewTeam.MustAsync(editor, reviewed, "submit");
        var comment = await HttpAssert.StatusAsync(System.Net.HttpStatusCode.Created, await reviewer.PostAsJsonAsync($"/api/content/{reviewed}/comments", new { body = "A summary would help readers.", field = "summary" }));
        await ReviewTeam.MustAsync(reviewer, reviewed, "requestChanges", new { comment = "Please add where to get help.", field = "body" });
        (await editor.PostAsync($"/api/content/{reviewed}/comments/{comment.GetProperty("commentId").GetString()}/resolve", null)).EnsureSuccessStatusCode();
        await ReviewTeam.EditAsync(editor, reviewed, new { title = "Checked for accessibility " + suffix, summary = "What to read first.", body = "The first body. In the US, call or text 988." });
        await ReviewTeam.MustAsync(editor, reviewed, "submit");
        await ReviewTeam.ApproveAsync(reviewer, AdminBrowserFixture.Reviewer, reviewed, "Accurate.");
        await ReviewTeam.MustAsync(editor, reviewed, "publish");
        var draft = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "A draft with findings " + suffix, "Call the hotline on 1-800-799-7223.");
        var approved = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "Approved and ready " + suffix, "A short body.");
        await ReviewTeam.MustAsync(editor, approved, "submit");
        await ReviewTeam.ApproveAsync(reviewer, AdminBrowserFixture.Reviewer, approved);
        return (reviewed, draft);
    }
}
