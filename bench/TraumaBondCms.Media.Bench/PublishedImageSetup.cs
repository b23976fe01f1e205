using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace TraumaBondCms.Media.Bench;

/// <summary>
/// Readies a running CMS for bench/media-variants.sh over its HTTP API, as people would: an editor uploads the 4000 x 3000
/// photo and puts it in an article, a clinical reviewer (whose credential a second administrator, made by the operator,
/// confirmed: the two-person rule) approves, the editor publishes; then an anonymous reader fetches the 800-pixel WebP
/// once (so it is made and cached) and its bytes are written for the static-file baseline.
/// </summary>
public static class PublishedImageSetup
{
    /// <summary>
    /// Runs the setup against <paramref name="cms"/>, where the operator made a second administrator
    /// <paramref name="secondAdmin"/> with <paramref name="secondAdminPassword"/>; returns the variant's URL path.
    /// </summary>
    public static async Task<string> RunAsync(Uri cms, string adminPassword, string secondAdmin, string secondAdminPassword, string outFolder)
    {
        using var admin = await SignInAsync(cms, "admin", adminPassword);
        const string password = "bench-user-password-1";
        await MustAsync(admin.PostAsJsonAsync("/api/users", new { userName = "bench.editor", password, roles = new[] { "Editor" } }));
        await MustAsync(admin.PostAsJsonAsync("/api/users", new
        {
            userName = "bench.reviewer",
            password,
            roles = new[] { "ClinicalReviewer" },
            credential = new { title = "LCSW", licenseNumber = "LCS-00001", issuer = "State Board of Behavioral Sciences", expiresOn = "2099-12-31" },
        }));
        using (var second = await SignInAsync(cms, secondAdmin, secondAdminPassword))
        {
            await MustAsync(second.PostAsJsonAsync("/api/credentials/bench.reviewer/confirm", new { password = secondAdminPassword }));
        }

        using var editor = await SignInAsync(cms, "bench.editor", password);
        using var reviewer = await SignInAsync(cms, "bench.reviewer", password);

        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestPhoto.Jpeg(4000, 3000)), "file", "bench-photo.jpg" } };
        var asset = await MustAsync(editor.PostAsync("/api/media", form));
        var sha256 = asset.GetProperty("sha256").GetString()!;
        var image = new[] { new { asset = asset.GetProperty("id").GetString(), sha256, alt = "Rolling coloured waves, a test photo." } };
        var article = await MustAsync(editor.PostAsJsonAsync("/api/content", new { contentType = "Article", fields = new { title = "Bench photo", body = "A photo for the media bench.", image } }));
        var id = article.GetProperty("contentItemId").GetString();
        await MustAsync(editor.PostAsJsonAsync($"/api/content/{id}/workflow/submit", new { }));
        var versionId = (await MustAsync(reviewer.GetAsync($"/api/content/{id}?version=latest"))).GetProperty("contentItemVersionId").GetString();
        await MustAsync(reviewer.PostAsJsonAsync($"/api/content/{id}/workflow/approve", new { version = versionId, password }));
        await MustAsync(editor.PostAsJsonAsync($"/api/content/{id}/workflow/publish", new { }));

        var path = $"/media/{sha256}/800.webp";
        using var reader = new HttpClient { BaseAddress = cms };
        var variant = await reader.GetAsync(path);
        variant.EnsureSuccessStatusCode();
        Directory.CreateDirectory(outFolder);
        await File.WriteAllBytesAsync(Path.Combine(outFolder, "variant.webp"), await variant.Content.ReadAsByteArrayAsync());
        return path;
    }

    private static async Task<HttpClient> SignInAsync(Uri cms, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = cms };
        var token = await MustAsync(client.PostAsJsonAsync("/api/auth/token", new { username = userName, password }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> MustAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
