using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The dashboard on a fresh install: the sample content's state is explained, and what "Never reviewed" means is said where it shows.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminDashboardTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_explain_the_sample_content_and_its_never_reviewed_items_when_an_editor_signs_in()
    {
        var page = await fixture.NewPageAsync();

        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);

        var samples = page.GetByTestId("sample-content");
        await Expect(samples).ToContainTextAsync("The setup added");
        await Expect(samples).ToContainTextAsync("are live");
        await Expect(samples).ToContainTextAsync("went live without any clinician's signature");
        var overdue = page.Locator("section[aria-labelledby=overdue]");
        await Expect(overdue.Locator(".badge-overdue", new() { HasText = "Never reviewed" }).First).ToBeVisibleAsync();
        await Expect(overdue).ToContainTextAsync("“Never reviewed” means live without any clinician's signature: on a new installation, the sample content");
        await page.Context.CloseAsync();
    }
}
