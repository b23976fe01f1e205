using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>Searching a content list in the admin: the editorial full-text index, drafts included, best matches first.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminContentSearchTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_find_a_draft_by_a_word_of_its_body_when_an_editor_searches_the_list()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "A draft about breathing exercises", "Box breathing with a slow count of four calms the body.");
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);

        await page.GotoAsync("/admin/content/Article?q=" + Uri.EscapeDataString("box breathing"));

        await Expect(page.Locator($"a[href='/admin/items/{id}']").First).ToBeVisibleAsync();
        await Expect(page.GetByText("full-text search")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/content/Article?status=live&q=" + Uri.EscapeDataString("box breathing"));
        await Expect(page.Locator($"a[href='/admin/items/{id}']")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
