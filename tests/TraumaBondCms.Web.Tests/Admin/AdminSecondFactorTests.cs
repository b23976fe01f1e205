using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// Setting up the second factor in the admin UI, in Chromium, on a CMS that requires it of administrators (as Production
/// does): the administrator signs in with the password and lands on the setup page whatever they open, sets up the app from
/// the page (QR code, the key typed in by hand, the otpauth URI), sees the recovery codes once, works, and signs in again
/// with a code from the app. The codes come from the tests' own RFC 6238 at a clock the test moves.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminSecondFactorTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_set_up_an_authenticator_app_from_the_admin_ui_and_sign_in_with_its_code_when_the_role_requires_one()
    {
        var clock = new ManualClock();
        using var host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Cms:Auth:RequireSecondFactor"] = "true" },
            configure: builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString().TrimEnd('/'), Locale = "en-US" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/admin/login");
        await page.Locator("#userName").FillAsync("admin");
        await page.Locator("#password").FillAsync(CmsTestHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/security");
        await page.GotoAsync("/admin/users");
        var sentBack = page.Url;
        var mustEnrol = await page.GetByTestId("must-enrol").InnerTextAsync();
        await page.Locator("#start-password").FillAsync(CmsTestHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = await page.GetByTestId("manual-key").InnerTextAsync();
        await Expect(page.GetByTestId("qr-code")).ToBeVisibleAsync();
        var qrLoaded = await page.GetByTestId("qr-code").EvaluateAsync<int>("img => img.naturalWidth");
        var uri = await page.GetByTestId("otpauth-uri").TextContentAsync();
        var setupProblems = await AxeCheck.SeriousViolationsAsync(page);
        await AdminBrowserFixture.ScreenshotAsync(page, "second-factor-setup");
        clock.NextTotpStep();
        await page.Locator("#confirm-code").FillAsync(Rfc6238.Code(key, clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        var recoveryCodes = await page.GetByTestId("recovery-codes").Locator("li").AllInnerTextsAsync();
        await page.GotoAsync("/admin/users");
        var usersHeading = await page.Locator("main h1").InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/login");
        clock.NextTotpStep();
        await page.Locator("#userName").FillAsync("admin");
        await page.Locator("#password").FillAsync(CmsTestHost.AdminPassword);
        await page.Locator("#code").FillAsync(Rfc6238.Code(key, clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        Assert.EndsWith("/admin/account/security", sentBack);
        Assert.Contains("set up an authenticator app before you continue", mustEnrol);
        Assert.Matches("^[A-Z2-7]{32}$", key);
        Assert.True(qrLoaded > 0, "The QR code image did not load.");
        Assert.StartsWith("otpauth://totp/", uri);
        Assert.Contains("secret=" + key, uri);
        Assert.True(setupProblems.Count == 0, string.Join("\n", setupProblems));
        Assert.Equal(10, recoveryCodes.Count);
        Assert.All(recoveryCodes, c => Assert.Matches("^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$", c));
        Assert.StartsWith("Users", usersHeading);
        await Expect(page.Locator("main h1")).ToContainTextAsync("Hello");
        await context.CloseAsync();
    }
}
