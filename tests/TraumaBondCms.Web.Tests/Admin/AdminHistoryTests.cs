using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>Version history in a browser: the word diff between two versions, and restoring an old version as a new draft.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminHistoryTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_save_the_old_text_as_a_new_draft_when_an_old_version_is_restored()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "An article rewritten twice", "The first wording of the body.");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync($"/admin/items/{id}");
        await page.Locator("#field-body").FillAsync("The second wording of the body.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 2");
        await page.GotoAsync($"/admin/items/{id}/history");
        await Expect(page.Locator("#version-diff-section .diff-text del")).ToHaveTextAsync(["first"]);
        await Expect(page.Locator("#version-diff-section .diff-text ins")).ToHaveTextAsync(["second"]);

        await page.Locator("tr", new() { HasText = "v1" }).GetByRole(AriaRole.Button, new() { Name = "Restore as draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 1 restored as version 3");
        await Expect(page.Locator("#field-body")).ToHaveValueAsync("The first wording of the body.");
        Assert.Equal(3, (await fixture.LatestAsync(id)).GetProperty("version").GetInt32());
        await page.Context.CloseAsync();
    }
}
