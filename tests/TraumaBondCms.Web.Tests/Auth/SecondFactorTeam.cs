using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// A CMS that requires a second factor of administrators and clinical reviewers (as Production does), on a clock the tests
/// move (<see cref="Clock"/>), with an administrator who set up an authenticator app and signs in with its codes. Codes are
/// computed by the tests' own RFC 6238 (<see cref="Rfc6238"/>) from the key the CMS shows. Single-administrator mode, so
/// reviewer credentials sign without a second administrator.
/// </summary>
public sealed class SecondFactorTeam : IAsyncLifetime
{
    /// <summary>The clock every code is computed at.</summary>
    public ManualClock Clock { get; } = new();

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>The administrator's authenticator key (Base32).</summary>
    public string AdminKey { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = new CmsTestHost(
            settings: new Dictionary<string, string?> { ["Cms:Auth:RequireSecondFactor"] = "true", ["Cms:Governance:SingleAdministratorMode"] = "true" },
            configure: builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        using var restricted = await Host.AdminAsync();
        AdminKey = (await EnrolAsync(restricted, CmsTestHost.AdminPassword)).Key;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The current code of <paramref name="key"/>, after moving the clock to a new step (a code counts once).</summary>
    public string FreshCode(string key)
    {
        Clock.NextTotpStep();
        return Rfc6238.Code(key, Clock.GetUtcNow());
    }

    /// <summary>Sets up an authenticator app for the account <paramref name="client"/> is signed in as; returns its key and recovery codes.</summary>
    public async Task<(string Key, string[] RecoveryCodes)> EnrolAsync(HttpClient client, string password)
    {
        var enrolment = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/second-factor/enrol", new { password }));
        var key = enrolment.GetProperty("secret").GetString()!;
        var confirmed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = FreshCode(key) }));
        return (key, confirmed.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    /// <summary>Asks for a bearer token with <paramref name="code"/> (none when null); returns the response.</summary>
    public async Task<HttpResponseMessage> TokenAsync(string userName, string password, string? code, string client = "127.0.0.1")
    {
        using var anonymous = client == "127.0.0.1" ? Host.Anonymous() : Host.AnonymousFrom(client);
        return await anonymous.PostAsJsonAsync("/api/auth/token", code is null ? new { username = userName, password } : (object)new { username = userName, password, code });
    }

    /// <summary>A client signed in as <paramref name="userName"/> with a fresh code of <paramref name="key"/>.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password, string key)
    {
        var token = await HttpAssert.StatusAsync(HttpStatusCode.OK, await TokenAsync(userName, password, FreshCode(key)));
        return Bearer(token);
    }

    /// <summary>The administrator, signed in with a fresh code.</summary>
    public Task<HttpClient> AdminAsync() => SignInAsync("admin", CmsTestHost.AdminPassword, AdminKey);

    /// <summary>
    /// Creates a user as the server's operator (so no account is linked to another through who created it) and returns a client
    /// signed in with their password only (restricted until they set up a second factor, when their role needs one).
    /// </summary>
    public async Task<HttpClient> CreateUserAsync(string userName, string role, ReviewerCredential? credential = null)
    {
        await Host.Services.GetRequiredService<UserService>().CreateAsync(
            new NewUser { UserName = userName, DisplayName = userName, Password = TestPasswords.Of(userName), Roles = [role], Credential = credential },
            CmsActor.Operator("test-operator"));
        return Bearer(await HttpAssert.StatusAsync(HttpStatusCode.OK, await TokenAsync(userName, TestPasswords.Of(userName), null)));
    }

    /// <summary>A reviewer credential valid until the end of <paramref name="year"/>.</summary>
    public static ReviewerCredential Credential(string title, string licence, int year) =>
        new() { Title = title, LicenseNumber = licence, Issuer = "State Board", ExpiresOn = new DateOnly(year, 12, 31) };

    private HttpClient Bearer(JsonElement token)
    {
        var client = Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
