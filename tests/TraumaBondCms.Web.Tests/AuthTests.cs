using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests;

/// <summary>Tokens, cookies and permissions by role, over real HTTP.</summary>
public sealed class AuthTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public AuthTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_issue_a_bearer_token_when_the_password_is_right()
    {
        using var client = _host.Anonymous();

        var token = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword }));

        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Should_refuse_with_the_same_answer_when_the_user_is_unknown_or_the_password_wrong()
    {
        using var client = _host.Anonymous();

        var unknown = await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await client.PostAsJsonAsync("/api/auth/token", new { username = "nobody", password = "whatever-password" }));
        var wrong = await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "not-the-password" }));

        Assert.Equal(unknown.GetProperty("detail").GetString(), wrong.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_users_token_when_they_are_disabled()
    {
        using var editor = await _host.CreateUserAsync("soon.disabled", "Editor");
        using var admin = await _host.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/api/auth/me"));

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/soon.disabled", new { disabled = true }));
        using var response = await editor.GetAsync("/api/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Editor", "GET", "/api/users", HttpStatusCode.Forbidden)]
    [InlineData("Editor", "GET", "/api/audit", HttpStatusCode.Forbidden)]
    [InlineData("ClinicalReviewer", "POST", "/api/content", HttpStatusCode.Forbidden)]
    [InlineData("ClinicalReviewer", "DELETE", "/api/content/faq-what-is-a-safety-plan", HttpStatusCode.Forbidden)]
    [InlineData("ClinicalReviewer", "POST", "/api/content/faq-what-is-a-safety-plan/unpublish", HttpStatusCode.Forbidden)]
    [InlineData("ClinicalReviewer", "GET", "/api/content?status=draft", HttpStatusCode.OK)]
    [InlineData("Editor", "GET", "/api/content/faq-what-is-a-safety-plan/versions", HttpStatusCode.OK)]
    public async Task Should_apply_role_permissions_when_a_user_calls_an_endpoint(string role, string method, string path, HttpStatusCode expected)
    {
        using var client = await _host.CreateUserAsync($"{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..30], role);
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : JsonContent.Create(new { contentType = "Faq", fields = new { question = "Q?", answer = "A" } }),
        });

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            // The only trace of a refused request is its audit entry.
            DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before, "audit_log");
            using var admin = await _host.AdminAsync();
            var newest = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=permission.denied&limit=1"));
            Assert.StartsWith($"{method} {path.Split('?')[0]} needs", newest[0].GetProperty("reason").GetString());
        }
    }

    [Fact]
    public async Task Should_sign_in_with_a_cookie_and_out_again()
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = _host.BaseAddress };

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = CmsTestHost.AdminPassword }));
        var me = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/api/auth/me"));
        await client.PostAsync("/api/auth/logout", null);
        using var afterLogout = await client.GetAsync("/api/auth/me");

        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, afterLogout.StatusCode);
    }

    [Fact]
    public async Task Should_report_the_database_when_health_is_checked()
    {
        using var client = _host.Anonymous();

        var health = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.GetAsync("/healthz"));

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Sqlite", health.GetProperty("database").GetProperty("engine").GetString());
        Assert.True(health.GetProperty("database").GetProperty("schemaVersion").GetInt32() >= 1);
        // The bundled engine: 3.53 since the move off 3.35.5 (2021).
        Assert.Matches(@"^SQLite 3\.5\d\.\d+, cms\.db$", health.GetProperty("database").GetProperty("detail").GetString());
    }
}
