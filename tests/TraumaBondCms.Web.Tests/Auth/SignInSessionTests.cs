using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// Signing out ends the session on the server: a copy of the cookie or token kept from before stops working at once. A
/// user can sign out everywhere, and an administrator can do it for them.
/// </summary>
public sealed class SignInSessionTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public SignInSessionTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_refuse_a_cookie_replayed_after_logout()
    {
        var jar = new CookieContainer();
        using var browser = _host.AnonymousFrom("127.0.0.1", jar);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = CmsTestHost.AdminPassword }));
        var copied = jar.GetCookieHeader(_host.BaseAddress);
        using var replay = _host.Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await replay.GetAsync("/api/auth/me"));

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await browser.PostAsync("/api/auth/logout", null));
        using var replayed = await replay.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_bearer_token_after_logout_and_keep_the_other_sessions()
    {
        using var phone = await _host.AdminAsync();
        using var laptop = await _host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await phone.GetAsync("/api/auth/me"));

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await phone.PostAsync("/api/auth/logout", null));
        using var phoneAfter = await phone.GetAsync("/api/auth/me");
        using var laptopAfter = await laptop.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, phoneAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, laptopAfter.StatusCode);
    }

    [Fact]
    public async Task Should_end_every_session_of_the_user_when_they_sign_out_everywhere()
    {
        using var first = await _host.CreateUserAsync("everywhere.editor", "Editor");
        using var second = await _host.SignInAsync("everywhere.editor", "everywhere.editor-password-1");
        var jar = new CookieContainer();
        using var browser = _host.AnonymousFrom("127.0.0.1", jar);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await browser.PostAsJsonAsync("/api/auth/login", new { userName = "everywhere.editor", password = "everywhere.editor-password-1" }));
        foreach (var client in new[] { first, second, browser })
        {
            // Used first, so that the node remembers the sessions as active.
            await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/auth/me"));
        }

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await second.PostAsync("/api/auth/logout-everywhere", null));

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/auth/me")).StatusCode);
        using var again = await _host.SignInAsync("everywhere.editor", "everywhere.editor-password-1");
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await again.GetAsync("/api/auth/me"));
    }

    [Fact]
    public async Task Should_end_a_users_sessions_when_an_administrator_signs_them_out_everywhere()
    {
        using var editor = await _host.CreateUserAsync("signed.out.by.admin", "Editor");
        using var admin = await _host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/api/auth/me"));

        await HttpAssert.StatusAsync(HttpStatusCode.NoContent, await admin.PostAsync("/api/users/signed.out.by.admin/sign-out", null));
        using var editorAfter = await editor.GetAsync("/api/auth/me");
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=signout.everywhere&limit=1"));

        Assert.Equal(HttpStatusCode.Unauthorized, editorAfter.StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/auth/me"));
        Assert.Equal("admin", audit[0].GetProperty("actor").GetString());
        Assert.Contains("signed.out.by.admin", audit[0].GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_to_sign_others_out_when_the_caller_may_not_manage_users()
    {
        using var victim = await _host.CreateUserAsync("not.signed.out", "Editor");
        using var editor = await _host.CreateUserAsync("would.sign.out", "Editor");

        using var refused = await editor.PostAsync("/api/users/not.signed.out/sign-out", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await victim.GetAsync("/api/auth/me"));
    }
}
