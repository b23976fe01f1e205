using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// The example front end (<c>examples/</c>) as a reader gets it: its files served by a static Kestrel server of its own
/// origin, the CMS on another port allowing that origin (CORS), and headless Chromium. Screenshots go to a temporary folder.
/// </summary>
public sealed class ExampleFrontEndFixture : IAsyncLifetime
{
    private WebApplication? _files;
    private IPlaywright? _playwright;

    /// <summary>The CMS.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the front end is served, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri SiteAddress { get; private set; } = null!;

    /// <summary>Where the tests save screenshots.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "tbcms-example-front-end");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _files = builder.Build();
        _files.UseDefaultFiles(new DefaultFilesOptions { FileProvider = new PhysicalFileProvider(ExamplesFolder()) });
        _files.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(ExamplesFolder()) });
        await _files.StartAsync();
        SiteAddress = new Uri(_files.Urls.First().TrimEnd('/') + "/");
        Host = new CmsTestHost(settings: new Dictionary<string, string?> { ["Cms:GraphQL:AllowedOrigins:0"] = SiteAddress.GetLeftPart(UriPartial.Authority) });
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Host?.Dispose();
        if (_files is not null)
        {
            await _files.DisposeAsync();
        }
    }

    /// <summary>A page in a new context whose <c>config.js</c> points at the test CMS; console errors fail the test when it asserts <see cref="PageErrors"/>.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 }, Locale = "en-US" });
        context.SetDefaultTimeout(30_000);
        await context.AddInitScriptAsync($"window.TRAUMABOND_API = '{new Uri(Host.BaseAddress, "/api/graphql")}';");
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        PageErrors[page] = errors;
        return page;
    }

    /// <summary>Uncaught script errors of each page.</summary>
    public Dictionary<IPage, List<string>> PageErrors { get; } = [];

    private static string ExamplesFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "examples");
            if (File.Exists(Path.Combine(candidate, "app.js")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/ was not found above the test binaries.");
    }
}
