using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// One CMS host on a real Kestrel port and one headless Debian Chromium for all admin tests, with the people of the clinical
/// workflow: an editor, a clinical reviewer, an editor who is also a clinician, and spare accounts for sign-in tests. Each
/// test opens its own browser context (cookies, tabs), so tests do not share a session.
/// </summary>
public sealed class AdminBrowserFixture : IAsyncLifetime
{
    /// <summary>Everyone's password is their user name followed by this.</summary>
    public const string PasswordSuffix = "-password-1";

    /// <summary>An Editor.</summary>
    public const string Editor = "editor.ana";

    /// <summary>A clinical reviewer with a valid credential.</summary>
    public const string Reviewer = "dr.reyes";

    /// <summary>An Editor who is also a credentialed clinical reviewer (for the rule that nobody approves their own edit).</summary>
    public const string EditorClinician = "dr.both";

    /// <summary>The front end's preview address the host is configured with.</summary>
    public const string FrontEndPreview = "https://library.example/preview?token={token}&id={id}";

    private IPlaywright? _playwright;

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests save screenshots: <c>TestResults/screenshots</c> under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // GraphiQL is served here too (its browser tests share this host and browser); preview links go to a front end.
        Host = new CmsTestHost(settings: new Dictionary<string, string?>
        {
            ["Cms:GraphQL:GraphiQL"] = "true",
            ["Cms:Admin:PreviewUrl"] = FrontEndPreview,
        });
        var credential = new { title = "LCSW", licenseNumber = "LCS-40211", issuer = "State Board of Behavioral Sciences", expiresOn = "2031-12-31" };
        await CreateUserAsync(Editor, ["Editor"], null);
        await CreateUserAsync(Reviewer, ["ClinicalReviewer"], credential);
        await CreateUserAsync(EditorClinician, ["Editor", "ClinicalReviewer"], credential with { licenseNumber = "LCS-40999" });
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
        Host.Dispose();
    }

    /// <summary>Creates a user with roles (and a reviewer credential) through the API.</summary>
    public async Task CreateUserAsync(string userName, string[] roles, object? credential)
    {
        using var admin = await Host.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/users", new { userName, password = userName + PasswordSuffix, roles, credential });
        await HttpAssert.StatusAsync(HttpStatusCode.Created, response);
        if (credential is not null)
        {
            await Host.ConfirmCredentialAsync(userName);
        }
    }

    /// <summary>A client with a bearer token for <paramref name="userName"/>, to arrange data through the REST API.</summary>
    public Task<HttpClient> ApiAsync(string userName) => Host.SignInAsync(userName, userName + PasswordSuffix);

    /// <summary>A new browser context (its own cookies) and a page in it, <paramref name="width"/> pixels wide. Confirmation dialogs are accepted on every page of the context.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
        });
        // Generous: the suite shares two cores with every other test class running in parallel.
        context.SetDefaultTimeout(30_000);
        context.Page += (_, page) => page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in form as <paramref name="userName"/> (password: the user name and <see cref="PasswordSuffix"/> unless given) and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string userName, string? password = null)
    {
        await page.GotoAsync("/admin/login");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password ?? userName + PasswordSuffix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Either the dashboard greets the user or the sign-in page says why not; a refusal fails with the page's words.
        var outcome = page.Locator("h1:has-text('Hello'), #login-error").First;
        await outcome.WaitForAsync();
        if (await outcome.GetAttributeAsync("id") == "login-error")
        {
            Assert.Fail($"Signing in as {userName} was refused: {await outcome.InnerTextAsync()}");
        }

        await page.WaitForURLAsync("**/admin");
    }

    /// <summary>Creates a draft through the REST API as <paramref name="userName"/>; returns its id.</summary>
    public async Task<string> DraftArticleAsync(string userName, string title, string body)
    {
        using var api = await ApiAsync(userName);
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await api.PostAsJsonAsync("/api/content", new NewContent("Article", new { title, body })));
        return created.GetProperty("contentItemId").GetString()!;
    }

    /// <summary>The latest version of an item as the administrator reads it through the REST API.</summary>
    public async Task<System.Text.Json.JsonElement> LatestAsync(string id)
    {
        using var admin = await Host.AdminAsync();
        return await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync($"/api/content/{id}?version=latest"));
    }

    /// <summary>Saves a screenshot (of the whole page, or of what the screen shows) as <c>{name}.png</c> in <see cref="ScreenshotFolder"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
