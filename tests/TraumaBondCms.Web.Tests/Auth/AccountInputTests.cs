using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// What people type reaches accounts and the audit log only when it is safe: weak passwords are refused saying why, names
/// with control characters are refused, and text the audit log echoes is escaped and bounded.
/// </summary>
public sealed class AccountInputTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public AccountInputTests(SharedCmsHost shared) => _host = shared.Host;

    [Theory]
    [InlineData("password12", "at least 12 characters")]
    [InlineData("1234567890", "at least 12 characters")]
    [InlineData("password1234", "most common")]
    [InlineData("TraumaBond2026!", "site's name")]
    [InlineData("weak.password.user!!", "user name")]
    public async Task Should_refuse_a_weak_password_saying_why_and_create_nothing(string password, string why)
    {
        using var admin = await _host.AdminAsync();
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.PostAsJsonAsync("/api/users", new { userName = "weak.password.user", password, roles = new[] { "Editor" } }), "password");

        Assert.Contains(problem.GetProperty("errors").GetProperty("password").EnumerateArray(), reason => reason.GetString()!.Contains(why, StringComparison.Ordinal));
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_a_weak_new_password_when_an_administrator_sets_one()
    {
        using var admin = await _host.AdminAsync();
        using var editor = await _host.CreateUserAsync("gets.new.password", "Editor");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.PostAsJsonAsync("/api/users/gets.new.password/password", new { password = "qwertyuiop12" }), "password");

        Assert.Contains("most common", problem.GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await editor.GetAsync("/api/auth/me"));
    }

    [Theory]
    [InlineData("\u001b[31madmin\u001b[0m", "U+001B")]
    [InlineData("\u202Enimda", "U+202E")]
    [InlineData("admin\r\nsignin.succeeded admin", "U+000D")]
    public async Task Should_refuse_a_sign_in_name_with_control_characters_and_audit_nothing(string userName, string named)
    {
        using var client = _host.AnonymousFrom("127.0.0.5");
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await client.PostAsJsonAsync("/api/auth/token", new { username = userName, password = "whatever-it-is" }), "username");

        Assert.Contains(named, problem.GetProperty("errors").GetProperty("username")[0].GetString(), StringComparison.Ordinal);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_refuse_a_reason_longer_than_the_bound_and_change_nothing()
    {
        using var admin = await _host.AdminAsync();
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var response = await admin.PostAsJsonAsync("/api/content/faq-what-is-a-safety-plan/workflow/unpublish", new { reason = new string('x', 300_000) });

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, response, "reason");
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    [Fact]
    public async Task Should_escape_and_cap_the_reason_when_the_audit_log_echoes_it()
    {
        using var admin = await _host.AdminAsync();
        var reason = "\u001b[31mRED\u001b[0m \u202Etxt.exe " + new string('y', 6_000);

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PostAsJsonAsync("/api/content/faq-what-is-a-safety-plan/workflow/unpublish", new { reason }));
        var entry = (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?item=faq-what-is-a-safety-plan&action=workflow.transition&limit=1")))[0];
        var echoed = entry.GetProperty("reason").GetString()!;

        Assert.StartsWith("\\u001B[31mRED\\u001B[0m \\u202Etxt.exe yyy", echoed, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', echoed);
        Assert.DoesNotContain('\u202E', echoed);
        Assert.True(echoed.Length <= 2_000, $"{echoed.Length} characters");
        Assert.EndsWith("more characters)", echoed, StringComparison.Ordinal);
    }
}
