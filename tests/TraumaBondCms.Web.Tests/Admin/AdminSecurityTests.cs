using System.Net;
using System.Text.RegularExpressions;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The admin UI's guards over plain HTTP: sign-in on every page, the antiforgery token on every form, and a strict Content-Security-Policy.</summary>
[Collection(AdminBrowserCollection.Name)]
public sealed partial class AdminSecurityTests(AdminBrowserFixture fixture)
{
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineCode();

    [Fact]
    public async Task Should_redirect_to_sign_in_when_a_page_is_opened_without_signing_in()
    {
        using var anonymous = AdminSite.Anonymous(fixture.Host);

        foreach (var page in AdminSite.Pages)
        {
            var response = await anonymous.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {(int)response.StatusCode} without sign-in.");
            Assert.StartsWith("/admin/login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Should_send_an_editor_to_the_not_allowed_page_when_they_open_user_administration()
    {
        using var editor = await AdminSite.SignedInAsync(fixture.Host, AdminBrowserFixture.Editor, AdminBrowserFixture.Editor + AdminBrowserFixture.PasswordSuffix);

        var users = await editor.GetAsync("/admin/users");
        var denied = await editor.GetAsync(users.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/admin/denied", users.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Not allowed", await denied.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_every_form_when_it_is_posted_without_the_antiforgery_token()
    {
        using var admin = await AdminSite.SignedInAsync(fixture.Host, "admin", CmsTestHost.AdminPassword);
        var actions = new HashSet<string>(StringComparer.Ordinal) { "/admin/login", "/admin/preview" };
        foreach (var page in AdminSite.Pages)
        {
            var html = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
            foreach (var (action, hasToken) in AdminSite.PostForms(page, html))
            {
                Assert.True(hasToken, $"A form on {page} posting to {action} carries no antiforgery token.");
                actions.Add(action);
            }
        }

        Assert.True(actions.Count >= 12, $"Only {actions.Count} form actions were found: {string.Join(", ", actions)}");
        foreach (var action in actions)
        {
            var response = await admin.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["comment"] = "forged", ["password"] = "forged" }));

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {action} without a token answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Should_render_markdown_when_the_preview_is_posted_with_the_antiforgery_token()
    {
        using var admin = await AdminSite.SignedInAsync(fixture.Host, "admin", CmsTestHost.AdminPassword);
        var html = await (await admin.GetAsync("/admin/content/Article/new")).Content.ReadAsStringAsync();
        var token = AdminSite.TokenIn(html);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/preview") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "**bold** <script>alert(1)</script>" }) };
        request.Headers.Add("RequestVerificationToken", token);

        var response = await admin.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold</strong>", body);
        Assert.DoesNotContain("<script>", body);
    }

    [Fact]
    public async Task Should_send_a_policy_without_inline_script_when_any_admin_page_is_served()
    {
        using var admin = await AdminSite.SignedInAsync(fixture.Host, "admin", CmsTestHost.AdminPassword);

        foreach (var page in AdminSite.Pages.Append("/admin/login"))
        {
            var response = await admin.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();

            var expected = page == "/admin/denied" ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{page} answered {(int)response.StatusCode}.");
            var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            var inline = InlineCode().Match(html);
            Assert.False(inline.Success, $"{page} has inline code: {inline.Value}");
        }
    }
}
