using System.Net;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>Signing in and out of the admin UI in a browser: lockout after repeated failures, sign-out, and the sign-in page guarding every other page.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminSignInTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_lock_the_account_when_the_password_is_wrong_five_times()
    {
        const string user = "locked.out";
        await fixture.CreateUserAsync(user, ["Editor"], null);
        var page = await fixture.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.GotoAsync("/admin/login");
            await page.Locator("#userName").FillAsync(user);
            await page.Locator("#password").FillAsync("not-the-password-" + attempt);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign-in refused");
        }

        await page.Locator("#password").FillAsync(user + AdminBrowserFixture.PasswordSuffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Sign-in refused");
        Assert.EndsWith("/admin/login", page.Url);
        using var anonymous = fixture.Host.Anonymous();
        var token = await anonymous.PostAsync("/api/auth/token", System.Net.Http.Json.JsonContent.Create(new { username = user, password = user + AdminBrowserFixture.PasswordSuffix }));
        await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, token);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_send_the_user_back_to_sign_in_when_they_signed_out()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);

        // Start waiting before the click, and only for the document, so a slow machine does not race the navigation.
        var signedOut = page.WaitForURLAsync("**/admin/login", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await signedOut;
        await page.GotoAsync("/admin/content/Article");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login\\?ReturnUrl=%2Fadmin%2Fcontent%2FArticle$"));
        await page.Context.CloseAsync();
    }
}
