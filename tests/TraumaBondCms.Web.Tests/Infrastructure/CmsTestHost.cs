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

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// The CMS on a real Kestrel port with its own SQLite file in a temporary data folder, set up by the real
/// setup recipe. Dispose deletes the folder unless <see cref="KeepData"/> is set (for restart tests).
/// </summary>
public sealed class CmsTestHost : WebApplicationFactory<Program>
{
    /// <summary>The administrator's password in every test host.</summary>
    public const string AdminPassword = "admin-test-password-1";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IWebHostBuilder>? _configure;

    /// <summary>Starts a host on <paramref name="dataPath"/> (a new temporary folder when null); <paramref name="configure"/> adds to the host (e.g. a logger provider).</summary>
    public CmsTestHost(string? dataPath = null, IDictionary<string, string?>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        _configure = configure;
        DataPath = dataPath ?? NewDataPath();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:Setup:AdminPassword"] = AdminPassword,
        };
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

    /// <summary>Creates a user through the API and returns a client signed in as them.</summary>
    public async Task<HttpClient> CreateUserAsync(string userName, string role, object? credential = null)
    {
        using var admin = await AdminAsync();
        var password = userName + "-password-1";
        var response = await admin.PostAsJsonAsync("/api/users", new { userName, password, roles = new[] { role }, credential });
        response.EnsureSuccessStatusCode();
        return await SignInAsync(userName, password);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
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

    /// <summary>Deletes a data folder, ignoring one that is already gone.</summary>
    public static void DeleteData(string dataPath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}
