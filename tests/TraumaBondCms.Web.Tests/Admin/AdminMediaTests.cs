using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Media;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// The media library in a real browser: an editor drops an image on the library, picks it into an article (saving without alt
/// text is refused next to the field), a reviewer sees the image with its alt text and signs, and replacing the image in the
/// library voids the approval and shows the old and new image side by side.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed partial class AdminMediaTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    private const string Alt = "Four arrows in a circle: tension, incident, making up, calm.";

    [GeneratedRegex("/admin/media/([A-Za-z0-9_-]+)$")]
    private static partial Regex AssetUrl();

    [GeneratedRegex("/admin/items/([A-Za-z0-9_-]+)$")]
    private static partial Regex ItemUrl();

    [Fact]
    public async Task Should_show_the_reviewer_the_image_and_its_alt_text_when_an_editor_uploads_and_picks_it_into_an_article()
    {
        var editor = await fixture.NewPageAsync();
        var reviewer = await fixture.NewPageAsync();
        await AdminBrowserFixture.SignInAsync(editor, AdminBrowserFixture.Editor);

        // The editor drops a photo on the library's upload form.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Media", Exact = true }).ClickAsync();
        await DropFileAsync(editor, "[data-drop-zone]", "cycle-diagram.jpg", TestImages.Jpeg(1200, 800, 71));
        await Expect(editor.Locator("[data-drop-status]")).ToHaveTextAsync("Ready to upload: cycle-diagram.jpg");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await editor.WaitForURLAsync(AssetUrl());
        var assetPage = editor.Url;
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Uploaded cycle-diagram.jpg");
        await Expect(editor.GetByTestId("asset-preview")).ToHaveJSPropertyAsync("naturalWidth", 800);
        await editor.GotoAsync("/admin/media?q=cycle-diagram");
        await Expect(editor.GetByTestId("media-grid")).ToContainTextAsync("cycle-diagram.jpg");
        Log("media-library", await AdminBrowserFixture.ScreenshotAsync(editor, "media-library"));

        // The editor picks it into a new article; without alt text the save is refused next to the image.
        await editor.GotoAsync("/admin/content/Article/new");
        await editor.Locator("#field-title").FillAsync("The cycle, drawn");
        await editor.Locator("#field-body").FillAsync("Tension builds, something happens, then comes making up and calm. Then it starts again.");
        await editor.Locator("#wrap-image").GetByRole(AriaRole.Button, new() { Name = "Choose from the library…" }).ClickAsync();
        var dialog = editor.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Search").FillAsync("cycle-diagram");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Choose cycle-diagram.jpg" }).ClickAsync();
        await Expect(editor.Locator("#wrap-image [data-media-thumb] img")).ToHaveJSPropertyAsync("naturalWidth", 160);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await Expect(editor.Locator("#wrap-image .field-error")).ToContainTextAsync("alt text");
        await editor.Locator("#media-image-0-alt").FillAsync(Alt);
        Log("media-picker", await AdminBrowserFixture.ScreenshotAsync(editor, "media-picker"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await editor.WaitForURLAsync(ItemUrl());
        var id = ItemUrl().Match(editor.Url).Groups[1].Value;
        await editor.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(editor.GetByTestId("status")).ToHaveTextAsync("In review");

        // The reviewer sees the image, as readers will, with the alt text written out, and signs.
        await AdminBrowserFixture.SignInAsync(reviewer, AdminBrowserFixture.Reviewer);
        await reviewer.GotoAsync($"/admin/items/{id}/review");
        var image = reviewer.GetByTestId("preview").GetByRole(AriaRole.Img, new() { Name = Alt });
        await Expect(image).ToHaveJSPropertyAsync("naturalWidth", 640);
        await Expect(reviewer.GetByTestId("preview")).ToContainTextAsync("Alt text: " + Alt);
        Log("review-image", await AdminBrowserFixture.ScreenshotAsync(reviewer, "review-image"));
        await reviewer.Locator("#transition-approve-password").FillAsync(AdminBrowserFixture.Reviewer + AdminBrowserFixture.PasswordSuffix);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Approved");

        // The editor replaces the image in the library: the article gets a new version, the approval is void, and the
        // reviewer sees the signed image and the new one side by side.
        await editor.GotoAsync(assetPage);
        await Expect(editor.GetByTestId("usage")).ToContainTextAsync("The cycle, drawn");
        await editor.Locator("#replace-file").SetInputFilesAsync(new FilePayload { Name = "cycle-diagram-v2.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 800, 72) });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Replace" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("1 item(s) using it got a new version");
        await reviewer.GotoAsync($"/admin/items/{id}/review");
        await Expect(reviewer.GetByTestId("status")).ToHaveTextAsync("Draft");
        var compare = reviewer.GetByTestId("since-approved").Locator(".media-compare");
        await Expect(compare.Locator("[data-side=before] img")).ToHaveJSPropertyAsync("naturalWidth", 320);
        await Expect(compare.Locator("[data-side=after] img")).ToHaveJSPropertyAsync("naturalWidth", 320);
        Assert.NotEqual(await compare.Locator("[data-side=before] img").GetAttributeAsync("src"), await compare.Locator("[data-side=after] img").GetAttributeAsync("src"));
        await Expect(reviewer.GetByTestId("since-approved")).ToContainTextAsync("The file changed");
        Log("diff-image", await AdminBrowserFixture.ScreenshotAsync(reviewer, "diff-image"));

        // The library entry's default alt text is edited on the asset's page.
        await editor.GotoAsync(assetPage);
        await editor.Locator("#asset-alt").FillAsync("A circle of four arrows showing the abuse cycle.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved.");
        await Expect(editor.Locator("#asset-alt")).ToHaveValueAsync("A circle of four arrows showing the abuse cycle.");
        await editor.Context.CloseAsync();
        await reviewer.Context.CloseAsync();
    }

    [Fact]
    public async Task Should_refuse_an_svg_and_every_media_form_posted_without_the_antiforgery_token_when_the_library_is_used_over_http()
    {
        using var api = await fixture.ApiAsync(AdminBrowserFixture.Editor);
        var asset = await MediaApi.UploadNewAsync(api, TestImages.Jpeg(200, 150, 73), "token-check.jpg");
        using var admin = await AdminSite.SignedInAsync(fixture.Host, "admin", CmsTestHost.AdminPassword);
        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in new[] { "/admin/media", $"/admin/media/{asset.GetProperty("id").GetString()}" })
        {
            var html = await (await admin.GetAsync(page)).Content.ReadAsStringAsync();
            foreach (var (action, hasToken) in AdminSite.PostForms(page, html))
            {
                Assert.True(hasToken, $"A form on {page} posting to {action} carries no antiforgery token.");
                actions.Add(action);
            }
        }

        var library = await (await admin.GetAsync("/admin/media")).Content.ReadAsStringAsync();
        var files = MediaApi.StoredFiles(fixture.Host.DataPath);
        var before = DatabaseSnapshot.Take(fixture.Host.DataPath);

        var forged = new List<(string Action, HttpStatusCode Status)>();
        foreach (var action in actions)
        {
            forged.Add((action, (await admin.PostAsync(action, Multipart(TestImages.Jpeg(100, 100, 74), "forged.jpg"))).StatusCode));
        }

        var svg = Multipart(TestImages.SvgWithScript(), "diagram.svg");
        svg.Add(new StringContent(AdminSite.TokenIn(library)), "__RequestVerificationToken");
        var refused = await admin.PostAsync("/admin/media", svg);

        // Upload, the entry, replace, delete, and the header's sign-out.
        Assert.Equal(5, actions.Count);
        Assert.All(forged, f => Assert.True(f.Status == HttpStatusCode.BadRequest, $"POST {f.Action} without a token answered {(int)f.Status}."));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("SVG is not accepted.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        DatabaseSnapshot.Take(fixture.Host.DataPath).AssertUnchangedSince(before);
        Assert.Equal(files, MediaApi.StoredFiles(fixture.Host.DataPath));
    }

    private static MultipartFormDataContent Multipart(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "file", name);
        return form;
    }

    // Drops a file on an element the way a browser does: a drop event whose DataTransfer holds the file.
    private static async Task DropFileAsync(IPage page, string selector, string name, byte[] bytes)
    {
        var transfer = await page.EvaluateHandleAsync(
            "([name, base64]) => { const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0)); const t = new DataTransfer(); t.items.add(new File([bytes], name, { type: 'image/jpeg' })); return t; }",
            new object[] { name, Convert.ToBase64String(bytes) });
        await page.Locator(selector).DispatchEventAsync("dragenter", new Dictionary<string, object> { ["dataTransfer"] = transfer });
        await page.Locator(selector).DispatchEventAsync("drop", new Dictionary<string, object> { ["dataTransfer"] = transfer });
    }

    private void Log(string what, string path) => output.WriteLine($"screenshot {what}: {path}");
}
