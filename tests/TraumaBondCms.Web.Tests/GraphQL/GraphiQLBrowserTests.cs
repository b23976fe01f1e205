using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Admin;
using TraumaBondCms.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// <c>/graphiql</c> in Chromium: the real GraphiQL from npm served by this server under its strict Content-Security-Policy
/// (no request leaves the origin, nothing is blocked), its schema-aware editor and docs explorer, the headers editor
/// (a preview token opens a draft), and Apollo persisted queries switched on from the toolbar.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed class GraphiQLBrowserTests(AdminBrowserFixture fixture)
{
    [Fact]
    public async Task Should_run_a_query_with_the_schema_loaded_when_a_developer_opens_graphiql()
    {
        var (page, problems, requests) = await OpenAsync();

        await SetEditorAsync(page, ".graphiql-query-editor", "{ articles(first: 2) { totalCount nodes { title } } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("totalCount");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await AdminBrowserFixture.ScreenshotAsync(page, "graphiql-1280", fullPage: false);
        Assert.Empty(problems);
        Assert.All(requests, url => Assert.StartsWith(fixture.Host.BaseAddress.GetLeftPart(UriPartial.Authority), url));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_read_the_draft_when_the_headers_editor_carries_a_preview_token()
    {
        var id = await fixture.DraftArticleAsync(AdminBrowserFixture.Editor, "A draft GraphiQL previews", "Body.");
        using var editor = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        var token = (await HttpAssert.StatusAsync(HttpStatusCode.Created, await editor.PostAsJsonAsync("/api/preview-tokens", new { contentItemId = id, label = "graphiql test" }))).GetProperty("token").GetString();
        var (page, problems, _) = await OpenAsync();

        await SetEditorAsync(page, ".graphiql-query-editor", $"{{ contentItem(id: \"{id}\", status: LATEST) {{ displayText }} }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Headers" }).ClickAsync();
        await SetEditorAsync(page, ".graphiql-editor-tool", $"{{ \"X-Preview-Token\": \"{token}\" }}");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("A draft GraphiQL previews");
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_send_a_get_with_the_query_hash_when_persisted_queries_are_switched_on()
    {
        var (page, problems, _) = await OpenAsync();
        var gets = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && request.Url.Contains("/api/graphql?", StringComparison.Ordinal))
            {
                gets.Add(Uri.UnescapeDataString(request.Url));
            }
        };
        await page.Locator(".tbcms-toggle").ClickAsync();
        await Expect(page.Locator(".tbcms-toggle")).ToHaveAttributeAsync("aria-pressed", "true");

        await SetEditorAsync(page, ".graphiql-query-editor", "query Persisted { topics(first: 1) { totalCount } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("totalCount");
        Assert.Contains(gets, url => url.Contains("\"sha256Hash\"", StringComparison.Ordinal) && !url.Contains("query=", StringComparison.Ordinal));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    // Opens /graphiql and waits for GraphiQL to have read the schema; collects script errors, console errors (a blocked
    // file or a Content-Security-Policy violation shows there) and every address the page requested.
    private async Task<(IPage Page, List<string> Problems, List<string> Requests)> OpenAsync()
    {
        var page = await fixture.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.PageError += (_, error) => problems.Add("script error: " + error);
        page.Console += (_, message) =>
        {
            // A failed request is judged by its address below (a persisted query's first GET misses on purpose).
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Request.Method == "GET" && response.Url.Contains("persistedQuery", StringComparison.Ordinal)))
            {
                problems.Add($"{response.Status} from {response.Request.Method} {response.Url}");
            }
        };
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" })).ToBeVisibleAsync();
        return (page, problems, requests);
    }

    // GraphiQL's editors are CodeMirror 5 instances: set the text as a paste would, without the editor's auto-closing brackets.
    private static async Task SetEditorAsync(IPage page, string container, string text)
    {
        var editor = page.Locator($"{container} .CodeMirror >> visible=true").First;
        await Expect(editor).ToBeVisibleAsync();
        await editor.EvaluateAsync("(element, text) => element.CodeMirror.setValue(text)", text);
    }
}
