using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Users;

/// <summary>
/// <c>PUT /api/users/{name}</c> replaces the whole user and refuses a body that leaves members out; <c>PATCH</c> changes only
/// what it gives. Both write the same audit entry.
/// </summary>
public sealed class UserChangeTests : IClassFixture<SharedCmsHost>
{
    private static readonly object Credential = new { title = "LCSW", licenseNumber = "LCS-1", issuer = "State Board", expiresOn = "2031-12-31" };
    private readonly CmsTestHost _host;

    public UserChangeTests(SharedCmsHost shared) => _host = shared.Host;

    [Fact]
    public async Task Should_refuse_an_empty_put_naming_every_missing_member_and_change_nothing()
    {
        using var admin = await _host.AdminAsync();
        await CreateReviewerAsync(admin, "put.empty");
        var before = DatabaseSnapshot.Take(_host.DataPath);

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.PutAsJsonAsync("/api/users/put.empty", new { }));

        Assert.Equal(["credential", "disabled", "displayName", "roles"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
        var user = await UserAsync(admin, "put.empty");
        Assert.Equal(["ClinicalReviewer"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("LCSW", user.GetProperty("credential").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_replace_every_member_when_a_put_gives_them_all()
    {
        using var admin = await _host.AdminAsync();
        await CreateReviewerAsync(admin, "put.full");

        var changed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PutAsJsonAsync("/api/users/put.full", new { displayName = "Put Full", roles = new[] { "Editor" }, credential = (object?)null, disabled = false }));

        Assert.Equal("Put Full", changed.GetProperty("displayName").GetString());
        Assert.Equal(["Editor"], changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(changed.TryGetProperty("credential", out var credential) && credential.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Should_set_the_email_and_refuse_one_without_an_at_sign_when_patched()
    {
        using var admin = await _host.AdminAsync();
        await CreateReviewerAsync(admin, "patch.email");

        var changed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/patch.email", new { email = "dr.email@clinic.example" }));
        var before = DatabaseSnapshot.Take(_host.DataPath);
        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await admin.PatchAsJsonAsync("/api/users/patch.email", new { email = "not an address" }));

        Assert.Equal("dr.email@clinic.example", changed.GetProperty("email").GetString());
        Assert.Equal(["email"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
        Assert.Equal("dr.email@clinic.example", (await UserAsync(admin, "patch.email")).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Should_change_only_the_given_members_when_patched()
    {
        using var admin = await _host.AdminAsync();
        await CreateReviewerAsync(admin, "patch.some");

        var changed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/patch.some", new { displayName = "Dr. Patched" }));

        Assert.Equal("Dr. Patched", changed.GetProperty("displayName").GetString());
        Assert.Equal(["ClinicalReviewer"], changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("LCSW", changed.GetProperty("credential").GetProperty("title").GetString());
        Assert.False(changed.GetProperty("disabled").GetBoolean());
    }

    [Fact]
    public async Task Should_write_the_same_audit_entry_when_the_same_change_comes_by_put_or_patch()
    {
        using var admin = await _host.AdminAsync();
        await CreateReviewerAsync(admin, "by.put");
        await CreateReviewerAsync(admin, "by.patch");

        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PutAsJsonAsync("/api/users/by.put", new { displayName = "by.put", roles = new[] { "ClinicalReviewer" }, credential = Credential, disabled = true }));
        await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.PatchAsJsonAsync("/api/users/by.patch", new { disabled = true }));
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?action=user.changed&limit=2"));

        Assert.Equal(["changed: disabled", "changed: disabled"], audit.EnumerateArray().Select(e => e.GetProperty("reason").GetString()));
        Assert.Equal(
            audit[1].GetProperty("details").GetString()!.Replace("by.put", "X", StringComparison.Ordinal),
            audit[0].GetProperty("details").GetString()!.Replace("by.patch", "X", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "disabled": "yes" }""", "disabled")]
    [InlineData("""{ "roles": "Editor" }""", "roles")]
    [InlineData("""{ "displayName": "" }""", "displayName")]
    [InlineData("""{ "displayName": "Dr.\u001b[31m Red" }""", "displayName")]
    [InlineData("""{ "nickname": "x" }""", "nickname")]
    public async Task Should_refuse_a_patch_naming_the_member_when_it_is_malformed(string body, string member)
    {
        using var admin = await _host.AdminAsync();
        var userName = $"bad.patch.{Guid.NewGuid():N}"[..24];
        await CreateReviewerAsync(admin, userName);
        var before = DatabaseSnapshot.Take(_host.DataPath);

        using var response = await admin.PatchAsync($"/api/users/{userName}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, response, member);
        DatabaseSnapshot.Take(_host.DataPath).AssertUnchangedSince(before);
    }

    private static async Task CreateReviewerAsync(HttpClient admin, string userName) =>
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/users", new { userName, password = userName + "-password-1", roles = new[] { "ClinicalReviewer" }, credential = Credential }));

    private static async Task<JsonElement> UserAsync(HttpClient admin, string userName) =>
        (await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/users"))).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == userName);
}
