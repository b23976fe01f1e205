using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// The administration pages in a browser: users with reviewer credentials, their expiry and their confirmation by a second
/// administrator, webhooks, and the audit log's filters.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminAdministrationTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_mark_the_credential_expired_until_the_administrator_renews_it()
    {
        var page = await SignInAsAdminAsync();
        await AddReviewerAsync(page, "dr.expired", "PsyD", "PSY-1001", "2020-06-30");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("User dr.expired created");
        var row = page.Locator("tr", new() { HasText = "dr.expired" });
        await Expect(row).ToContainTextAsync("Expired");

        await row.GetByRole(AriaRole.Link, new() { Name = "dr.expired" }).ClickAsync();
        await page.Locator("#cred-expires").FillAsync("2032-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("dr.expired saved");
        await page.GotoAsync("/admin/users");

        await Expect(page.Locator("tr", new() { HasText = "dr.expired" })).ToContainTextAsync("Valid until 2032-12-31");
        await Expect(page.Locator("tr", new() { HasText = "dr.expired" })).Not.ToContainTextAsync("Expired");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_let_a_second_administrator_confirm_a_credential_that_the_first_one_granted_but_not_the_first_one()
    {
        using var second = await fixture.Host.SecondAdminAsync();
        var page = await SignInAsAdminAsync();
        await AddReviewerAsync(page, "dr.vouched", "LCSW", "LCS-2002", "2032-06-30");
        var row = page.Locator("tr", new() { HasText = "dr.vouched" });
        await Expect(row).ToContainTextAsync("Awaiting a second administrator");

        await row.GetByLabel("Your password, to confirm dr.vouched's credential").FillAsync(CmsTestHost.AdminPassword);
        await row.GetByRole(AriaRole.Button, new() { Name = "Confirm credential" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("you cannot also confirm it");
        await page.Context.CloseAsync();
        var secondPage = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(secondPage, CmsTestHost.SecondAdminName, CmsTestHost.SecondAdminName + "-password-1");
        await secondPage.GotoAsync("/admin/users");
        var secondRow = secondPage.Locator("tr", new() { HasText = "dr.vouched" });
        await secondRow.GetByLabel("Your password, to confirm dr.vouched's credential").FillAsync(CmsTestHost.SecondAdminName + "-password-1");
        await secondRow.GetByRole(AriaRole.Button, new() { Name = "Confirm credential" }).ClickAsync();

        await Expect(secondPage.GetByRole(AriaRole.Status)).ToContainTextAsync($"confirmed by {CmsTestHost.SecondAdminName}");
        await Expect(secondPage.Locator("tr", new() { HasText = "dr.vouched" })).ToContainTextAsync($"Confirmed by {CmsTestHost.SecondAdminName}");
        await secondPage.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_show_the_secret_once_and_list_the_webhook_when_it_is_registered()
    {
        var page = await SignInAsAdminAsync();
        await page.GotoAsync("/admin/webhooks");
        await page.Locator("#webhook-url").FillAsync("http://127.0.0.1:9/receiver");
        await page.GetByLabel("content.published").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        var secret = await page.GetByTestId("webhook-secret").InnerTextAsync();
        Assert.True(secret.Trim().Length >= 16, $"The secret shown is '{secret}'.");
        await page.GotoAsync("/admin/webhooks");
        await Expect(page.Locator("section", new() { HasText = "http://127.0.0.1:9/receiver" })).ToContainTextAsync("content.published");
        Assert.DoesNotContain(secret.Trim(), await page.ContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_list_only_the_users_sign_ins_when_the_audit_log_is_filtered_by_user_and_action()
    {
        var page = await SignInAsAdminAsync();
        await page.GotoAsync("/admin/audit");
        await page.Locator("#by").FillAsync("admin");
        await page.Locator("#action").FillAsync("signin.succeeded");

        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var rows = page.Locator("tbody tr");
        await Expect(rows.First).ToContainTextAsync("signin.succeeded");
        Assert.Equal(["admin"], (await page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync()).Distinct());
        Assert.Equal(["signin.succeeded"], (await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync()).Distinct());

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_warn_that_the_reviewer_cannot_approve_when_one_is_saved_without_a_credential()
    {
        var page = await SignInAsAdminAsync();
        await page.GotoAsync("/admin/users");
        await page.Locator("#user-name").FillAsync("dr.nolicence");
        await page.Locator("#new-password").FillAsync("dr.nolicence-password-1");
        await page.GetByLabel("ClinicalReviewer").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("User dr.nolicence created. dr.nolicence may review but has no reviewer credential, so they cannot approve anything: add their licence under “Reviewer credential”.");
        await Expect(page.Locator("tr", new() { HasText = "dr.nolicence" })).ToContainTextAsync("None: cannot approve");
        await page.GotoAsync("/admin/users/dr.nolicence");
        await Expect(page.GetByTestId("credential-warning")).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync("nolicence@clinic.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("dr.nolicence saved");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync("nolicence@clinic.example");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_name_the_item_by_its_title_when_the_audit_log_lists_its_entries()
    {
        var page = await SignInAsAdminAsync();

        await page.GotoAsync($"/admin/audit?item={AdminSite.SeededArticle}");

        var item = page.Locator("tbody tr").First.Locator("td:nth-child(4)");
        await Expect(item.GetByRole(AriaRole.Link)).ToHaveTextAsync("The abuse cycle: why the good times can make the bond stronger");
        await Expect(item.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/admin/items/{AdminSite.SeededArticle}/review-history");
        await page.Context.CloseAsync();
    }

    // Adds a clinical reviewer with a credential through the form on /admin/users.
    private static async Task AddReviewerAsync(IPage page, string userName, string title, string licence, string expires)
    {
        await page.GotoAsync("/admin/users");
        await page.Locator("#user-name").FillAsync(userName);
        await page.Locator("#new-password").FillAsync(userName + AdminBrowserFixture.PasswordSuffix);
        await page.GetByLabel("ClinicalReviewer").CheckAsync();
        await page.Locator("#cred-title").FillAsync(title);
        await page.Locator("#cred-number").FillAsync(licence);
        await page.Locator("#cred-expires").FillAsync(expires);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
    }

    private async Task<IPage> SignInAsAdminAsync()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, "admin", CmsTestHost.AdminPassword);
        return page;
    }
}
