using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// The CMS on a real Kestrel port with its own SQLite file in a temporary data folder, set up by the real
/// setup recipe. Dispose deletes the folder unless <see cref="KeepData"/> is set (for restart tests).
/// </summary>
/// <remarks>
/// Hosts run in the <c>Testing</c> environment with <c>Cms:Governance:PublishSamples</c> on (unless a test sets it), so
/// the setup recipe's sample content is published, marked as unreviewed samples, for the many tests that read it; the
/// governance tests start hosts in <c>Production</c> (<see cref="CmsTestHost(string?, IDictionary{string, string?}?, Action{IWebHostBuilder}?, string)"/>)
/// to show that nothing unreviewed is served there. A second factor is not required unless a test sets
/// <c>Cms:Auth:RequireSecondFactor</c> (the second-factor tests do). Reviewer credentials are confirmed by a second administrator,
/// <see cref="SecondAdminName"/>, whom the server's operator creates (as <c>users add</c> would), so that it is linked
/// to no other account.
/// </remarks>
public sealed class CmsTestHost : WebApplicationFactory<Program>
{
    /// <summary>The administrator's password in every test host.</summary>
    public const string AdminPassword = "admin-test-password-1";

    /// <summary>The second administrator, created by the operator, who confirms reviewer credentials.</summary>
    public const string SecondAdminName = "admin.second";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IWebHostBuilder>? _configure;
    private readonly string _environment;

    /// <summary>
    /// Starts a host on <paramref name="dataPath"/> (a new temporary folder when null) in <paramref name="environment"/>;
    /// <paramref name="configure"/> adds to the host (e.g. a logger provider).
    /// </summary>
    public CmsTestHost(string? dataPath = null, IDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null, string environment = "Testing")
    {
        _configure = configure;
        _environment = environment;
        DataPath = dataPath ?? NewDataPath();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:AdminPassword"] = AdminPassword,
        };
        if (environment == "Testing")
        {
            _settings.TryAdd("Cms:Governance:PublishSamples", "true");
        }

        // A second factor is required outside Development by default; the tests of it (Auth/SecondFactor*) turn it on, the
        // rest sign administrators and reviewers in with a password, as before.
        _settings.TryAdd("Cms:Auth:RequireSecondFactor", "false");

        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The data folder.</summary>
    public string DataPath { get; }

    /// <summary>The server's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Keep the data folder on dispose.</summary>
    public bool KeepData { get; set; }

    /// <summary>The application's store, for asserting what the database holds.</summary>
    public ICmsStore Store => Services.GetRequiredService<ICmsStore>();

    /// <summary>A new empty temporary data folder path.</summary>
    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "tbcms-tests", Guid.NewGuid().ToString("N"));

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = BaseAddress, HandleCookies = false, AllowAutoRedirect = false });

    /// <summary>
    /// A client with no credentials whose connections leave from <paramref name="loopbackAddress"/> (127.0.0.2, 127.0.0.3, ...:
    /// all of 127/8 is this machine), so the server sees another client address; with <paramref name="cookies"/> it keeps cookies.
    /// </summary>
    public HttpClient AnonymousFrom(string loopbackAddress, CookieContainer? cookies = null)
    {
        var local = new IPEndPoint(IPAddress.Parse(loopbackAddress), 0);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(local);
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>A client signed in as <paramref name="userName"/> with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A client signed in as the administrator.</summary>
    public Task<HttpClient> AdminAsync() => SignInAsync("admin", AdminPassword);

    /// <summary>
    /// Creates a user through the API and returns a client signed in as them; a reviewer credential is confirmed by the
    /// second administrator (the two-person rule), as an installation with two administrators does.
    /// </summary>
    public async Task<HttpClient> CreateUserAsync(string userName, string role, object? credential = null)
    {
        using var admin = await AdminAsync();
        var password = userName + "-password-1";
        var response = await admin.PostAsJsonAsync("/api/users", new { userName, password, roles = new[] { role }, credential });
        response.EnsureSuccessStatusCode();
        if (credential is not null)
        {
            await ConfirmCredentialAsync(userName);
        }

        return await SignInAsync(userName, password);
    }

    /// <summary>The second administrator confirms <paramref name="userName"/>'s credential over the API (created by the operator on first use).</summary>
    public async Task ConfirmCredentialAsync(string userName)
    {
        using var second = await SecondAdminAsync();
        var response = await second.PostAsJsonAsync($"/api/credentials/{userName}/confirm", new { password = SecondAdminName + "-password-1" });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Confirming {userName}'s credential failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A client signed in as the second administrator, whom the operator creates on first use.</summary>
    public async Task<HttpClient> SecondAdminAsync()
    {
        await _secondAdmin.WaitAsync();
        try
        {
            await using var session = await Store.OpenReadAsync();
            if (await session.Users.FindByNameAsync(SecondAdminName) is null)
            {
                await Services.GetRequiredService<UserService>().CreateAsync(
                    new NewUser { UserName = SecondAdminName, DisplayName = "Second Administrator", Password = SecondAdminName + "-password-1", Roles = ["Administrator"] },
                    CmsActor.Operator("test-operator"));
            }
        }
        finally
        {
            _secondAdmin.Release();
        }

        return await SignInAsync(SecondAdminName, SecondAdminName + "-password-1");
    }

    private readonly SemaphoreSlim _secondAdmin = new(1, 1);

    /// <summary>The clinical reviewer the harness signs with in <see cref="PublishThroughReviewAsync"/>.</summary>
    public const string HarnessReviewerName = "dr.harness";

    /// <summary>
    /// Publishes the latest version of <paramref name="contentItemId"/> the way the rules allow: <paramref name="publisher"/>
    /// (an editor or administrator) submits it, the harness's own clinical reviewer (a confirmed credential) approves it with
    /// a signature, and <paramref name="publisher"/> publishes it. Returns the published version.
    /// </summary>
    public async Task<JsonElement> PublishThroughReviewAsync(HttpClient publisher, string contentItemId)
    {
        using var reviewer = await HarnessReviewerAsync();
        var latest = await Read(await publisher.GetAsync($"/api/content/{contentItemId}?version=latest"));
        var versionId = latest.GetProperty("contentItemVersionId").GetString();
        if (latest.GetProperty("status").GetString() is "Draft" or "ChangesRequested" or "ApprovalVoided")
        {
            await Read(await publisher.PostAsJsonAsync($"/api/content/{contentItemId}/workflow/submit", new { version = versionId }));
        }

        await Read(await reviewer.PostAsJsonAsync($"/api/content/{contentItemId}/workflow/approve", new { version = versionId, password = HarnessReviewerName + "-password-1", overrideReason = "harness" }));
        return await Read(await publisher.PostAsync($"/api/content/{contentItemId}/publish", null));

        static async Task<JsonElement> Read(HttpResponseMessage response) =>
            response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>()
                : throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>
    /// An FAQ the administrator drafts and publishes through review (<see cref="PublishThroughReviewAsync"/>: a signed
    /// approval of its exact content); returns its id and published version id.
    /// </summary>
    public async Task<(string Id, string VersionId)> PublishFaqAsync(string question, string answer)
    {
        using var admin = await AdminAsync();
        var created = await admin.PostAsJsonAsync("/api/content", new NewContent("Faq", new { question, answer }));
        var id = (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentItemId").GetString()!;
        var published = await PublishThroughReviewAsync(admin, id);
        return (id, published.GetProperty("contentItemVersionId").GetString()!);
    }

    private async Task<HttpClient> HarnessReviewerAsync()
    {
        await using (var session = await Store.OpenReadAsync())
        {
            if (await session.Users.FindByNameAsync(HarnessReviewerName) is not null)
            {
                return await SignInAsync(HarnessReviewerName, HarnessReviewerName + "-password-1");
            }
        }

        return await CreateUserAsync(HarnessReviewerName, "ClinicalReviewer", new { title = "LCSW", licenseNumber = "HARNESS-1", issuer = "Test Board", expiresOn = "2099-12-31" });
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment(_environment);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        _configure?.Invoke(builder);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            DeleteData(DataPath);
        }
    }

    /// <summary>
    /// Deletes a data folder, ignoring one that is already gone. A connection the SQLite pool closes just then may leave its
    /// WAL files behind a moment later ("Directory not empty"): the deletion is tried again a few times before it fails.
    /// </summary>
    public static void DeleteData(string dataPath)
    {
        for (var attempt = 1; ; attempt++)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                if (Directory.Exists(dataPath))
                {
                    Directory.Delete(dataPath, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
