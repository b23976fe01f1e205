using System.Net;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>Signing in and out of the admin UI in a browser: waiting after repeated failures, sign-out that ends the session, and the sign-in page guarding every other page.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class AdminSignInTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_make_this_device_wait_but_not_lock_the_account_when_the_password_is_wrong_again_and_again()
    {
        const string user = "guessed.at";
        await fixture.CreateUserAsync(user, ["Editor"], null);
        var page = await fixture.NewPageAsync();
        var told = string.Empty;
        for (var attempt = 1; attempt <= 10 && !told.Contains("Too many attempts", StringComparison.Ordinal); attempt++)
        {
            await page.GotoAsync("/admin/login");
            await page.Locator("#userName").FillAsync(user);
            await page.Locator("#password").FillAsync("not-the-password-" + attempt);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            told = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        }

        using var otherDevice = fixture.Host.AnonymousFrom("127.0.0.2");
        var token = await otherDevice.PostAsync("/api/auth/token", System.Net.Http.Json.JsonContent.Create(new { username = user, password = user + AdminBrowserFixture.PasswordSuffix }));

        Assert.Contains("Too many attempts", told, StringComparison.Ordinal);
        Assert.Contains("not locked", told, StringComparison.Ordinal);
        Assert.EndsWith("/admin/login", page.Url);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, token);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_send_the_user_back_to_sign_in_when_they_signed_out()
    {
        var page = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(page, AdminBrowserFixture.Editor);

        using var replay = fixture.Host.Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}")));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await replay.GetAsync("/api/auth/me"));

        // Start waiting before the click, and only for the document, so a slow machine does not race the navigation.
        var signedOut = page.WaitForURLAsync("**/admin/login", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await signedOut;
        await page.GotoAsync("/admin/content/Article");
        using var replayed = await replay.GetAsync("/api/auth/me");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login\\?ReturnUrl=%2Fadmin%2Fcontent%2FArticle$"));
        // The cookie the browser held before signing out does not work for anyone who copied it either.
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        await page.Context.CloseAsync();
    }
}
