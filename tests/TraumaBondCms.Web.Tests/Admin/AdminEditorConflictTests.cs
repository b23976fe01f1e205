using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The editor in two tabs: a stale save is refused with a clear message, keeps the user's text, and offers the newer version.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminEditorConflictTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_keep_the_typed_text_and_offer_the_newer_version_when_another_tab_saved_first()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "Two tabs, one article", "A first body.");
        var tabA = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(tabA, AdminBrowserFixture.Editor);
        var tabB = await tabA.Context.NewPageAsync();
        await tabA.GotoAsync($"/admin/items/{id}");
        await tabB.GotoAsync($"/admin/items/{id}");
        await tabA.Locator("#field-summary").FillAsync("Written in tab A.");
        await tabA.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(tabA.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 2");

        await tabB.Locator("#field-summary").FillAsync("Written in tab B, carefully, over ten minutes.");
        await tabB.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(tabB.GetByTestId("conflict")).ToContainTextAsync("someone else saved a newer version");
        await Expect(tabB.GetByTestId("conflict")).ToContainTextAsync("version 2");
        await Expect(tabB.Locator("#field-summary")).ToHaveValueAsync("Written in tab B, carefully, over ten minutes.");
        await Expect(tabB.GetByRole(AriaRole.Link, new() { Name = "See what changed in the newer version (new tab)" })).ToHaveAttributeAsync("href", $"/admin/items/{id}/history?from=1&to=2#diff");
        var latest = await fixture.LatestAsync(id);
        Assert.Equal(2, latest.GetProperty("version").GetInt32());
        Assert.Equal("Written in tab A.", latest.GetProperty("fields").GetProperty("summary").GetString());

        await tabB.GetByRole(AriaRole.Button, new() { Name = "Replace it with my text" }).ClickAsync();

        await Expect(tabB.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved as version 3");
        Assert.Equal("Written in tab B, carefully, over ten minutes.", (await fixture.LatestAsync(id)).GetProperty("fields").GetProperty("summary").GetString());
        await tabA.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_show_the_servers_message_next_to_the_field_and_keep_the_text_when_a_value_is_invalid()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync("/admin/content/Article/new");
        await page.Locator("#field-body").FillAsync("A body whose title is missing.");
        await page.Locator("#field-readingMinutes").FillAsync("500");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToBeFocusedAsync();
        await Expect(page.Locator("#wrap-title .field-error")).ToContainTextAsync("title");
        await Expect(page.Locator("#wrap-readingMinutes .field-error")).ToContainTextAsync("at most 120");
        await Expect(page.Locator("#field-readingMinutes")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#field-body")).ToHaveValueAsync("A body whose title is missing.");
        await page.Context.CloseAsync();
    }
}
