using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The review screen's "as readers will see it": related resources and topics appear as titles linking to their items, as a front end shows them, never as ids.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminPreviewTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_show_titles_and_links_for_related_resources_and_topics_when_a_reviewer_opens_the_preview()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Reviewer);

        await page.GotoAsync($"/admin/items/{AdminSite.SeededArticle}/review");

        var resources = page.Locator("#rendered-relatedResources");
        await Expect(resources.GetByRole(AriaRole.Link, new() { Name = "National Domestic Violence Hotline" })).ToHaveAttributeAsync("href", "/admin/items/resource-us-ndvh/review");
        await Expect(resources.GetByRole(AriaRole.Link)).ToHaveCountAsync(4);
        await Expect(page.Locator("#rendered-topics").GetByRole(AriaRole.Link, new() { Name = "Intermittent reinforcement" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("preview")).Not.ToContainTextAsync("resource-us-ndvh");
        await Expect(page.Locator("#rendered-topics")).Not.ToContainTextAsync("intermittent-reinforcement");
        await page.Context.CloseAsync();
    }
}
