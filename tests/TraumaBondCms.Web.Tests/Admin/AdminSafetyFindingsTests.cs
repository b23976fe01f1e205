using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The safety checks' findings in the editor: each beside the field it is about, as soon as the version is saved, in the form's own words, gone once fixed.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminSafetyFindingsTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_show_each_finding_beside_its_own_field_in_the_forms_words_when_a_draft_is_saved()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);
        await page.GotoAsync("/admin/content/Article/new");
        await page.Locator("#field-title").FillAsync("Naming coercive control");
        await page.Locator("#field-body").FillAsync("If it feels unsafe, call the hotline on 1-800-799-7223.");
        await page.GetByLabel("Abuse and domestic violence", new() { Exact = true }).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();

        await Expect(page.Locator("#wrap-body [data-testid=finding]")).ToHaveAttributeAsync("data-rule", "helpline-near-miss");
        await Expect(page.Locator("#wrap-body [data-testid=finding]")).ToContainTextAsync("Fix before review: This looks like the National Domestic Violence Hotline number with one digit different: use 1-800-799-7233");
        await Expect(page.Locator("#wrap-contentWarning [data-testid=finding]")).ToHaveAttributeAsync("data-rule", "content-warning");
        await Expect(page.Locator("#wrap-contentWarning [data-testid=finding]")).ToContainTextAsync("needs a content warning in “Content warning”");
        await Expect(page.Locator("#wrap-relatedResources [data-testid=finding]")).ToHaveAttributeAsync("data-rule", "risk-topic-resource");
        await Expect(page.Locator("#wrap-relatedResources [data-testid=finding]")).ToContainTextAsync("pick one in “Related resources”");
        await Expect(page.Locator("#field-body")).ToHaveAttributeAsync("aria-describedby", "finding-body-0");
        await Expect(page.GetByTestId("findings-summary")).ToContainTextAsync("3 to fix before review");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" })).ToHaveCountAsync(0);
        await AdminBrowserFixture.ScreenshotAsync(page, "findings-three-fields");

        await page.Locator("#field-body").FillAsync("If it feels unsafe, call the hotline on 1-800-799-7233.");
        await page.Locator("#field-contentWarning").FillAsync("Mentions coercive control and abuse in general terms.");
        await page.GetByLabel("National Domestic Violence Hotline", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved as version 2.");
        await Expect(page.Locator("[data-testid=finding]")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
