using Microsoft.Playwright;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Tests.Search;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// A clinical reviewer signs a recipe's removal of a search risk rule in the admin UI: the dashboard links to the rules, the
/// page shows the removal, the signature puts it in force, and the page reads at desktop and phone widths with no serious
/// accessibility violation.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminRiskRulesTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_stop_flagging_the_removed_rule_when_a_reviewer_approves_the_removal_in_the_admin_ui()
    {
        using var api = await fixture.ApiAsync(AdminBrowserFixture.Reviewer);
        using var reader = fixture.Host.Anonymous();
        var shipped = RiskRuleApi.InForce(await RiskRuleApi.ScopeAsync(api));
        await RiskRuleApi.ProposeSiteRulesAsync(fixture.Host, shipped.Where(r => r != RiskRuleApi.EndItAll), CmsActor.Operator("ops"));
        var flaggedBefore = await RiskRuleApi.FlaggedAsync(reader, RiskRuleApi.EndItAllQuery);
        var page = await fixture.NewPageAsync(1280);
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Reviewer);

        await page.GetByTestId("risk-rules").GetByRole(AriaRole.Link, new() { Name = "Review the risk rules" }).ClickAsync();
        var site = page.GetByTestId("risk-scope-site");
        await Expect(site.GetByTestId("removed")).ToContainTextAsync(RiskRuleApi.EndItAll);
        var desktopViolations = await AxeCheck.SeriousViolationsAsync(page);
        var desktopOverflow = await OverflowsAsync(page);
        await AdminBrowserFixture.ScreenshotAsync(page, "risk-rules-1280");
        await site.GetByLabel("Your password, to sign").FillAsync(AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix);
        await site.GetByRole(AriaRole.Button, new() { Name = "Approve and sign" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("signed by");
        await Expect(page.GetByTestId("risk-scope-site").GetByTestId("signed")).ToContainTextAsync("Signature verifies");
        Assert.True(flaggedBefore);
        Assert.False(await RiskRuleApi.FlaggedAsync(reader, RiskRuleApi.EndItAllQuery));
        Assert.Empty(desktopViolations);
        Assert.False(desktopOverflow);
        await page.Context.CloseAsync();

        var phone = await fixture.NewPageAsync(375, 800);
        await AdminBrowserFixture.SignInAsync(phone, AdminBrowserFixture.Reviewer);
        await phone.GotoAsync("/admin/risk-rules");
        await phone.GetByTestId("risk-scope-site").GetByText("Rules in force").ClickAsync();
        await AdminBrowserFixture.ScreenshotAsync(phone, "risk-rules-375");
        Assert.False(await OverflowsAsync(phone));
        Assert.Empty(await AxeCheck.SeriousViolationsAsync(phone));
        await phone.Context.CloseAsync();
    }

    // True when the page is wider than the window (a reader would scroll sideways).
    private static Task<bool> OverflowsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
}
