using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>Calls of the media library over HTTP, shared by the media tests.</summary>
public static class MediaApi
{
    /// <summary>Posts a multipart upload (part <c>file</c>, optional <c>alt</c>) with the declared content type the client claims.</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string declaredType = "image/jpeg", string? alt = null, string path = "/api/media", HttpMethod? method = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        if (alt is not null)
        {
            form.Add(new StringContent(alt), "alt");
        }

        return client.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = form });
    }

    /// <summary>Uploads a file that must be accepted as new; returns the asset.</summary>
    public static async Task<JsonElement> UploadNewAsync(HttpClient client, byte[] bytes, string fileName, string? alt = null) =>
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await UploadAsync(client, bytes, fileName, alt: alt));

    /// <summary>The field value that uses <paramref name="asset"/> once, with the given alt text.</summary>
    public static object[] Use(JsonElement asset, string alt, string? caption = null) =>
        [new { asset = asset.GetProperty("id").GetString(), sha256 = asset.GetProperty("sha256").GetString(), alt, caption }];

    /// <summary>Creates a draft Article with an image as <paramref name="client"/>; returns its id.</summary>
    public static async Task<string> DraftArticleAsync(HttpClient client, string title, object image)
    {
        var created = await HttpAssert.StatusAsync(HttpStatusCode.Created, await client.PostAsJsonAsync("/api/content", new NewContent("Article", new
        {
            title,
            body = "Healing takes time. Small steps count, and asking for support is a strength.",
            image,
        })));
        return created.GetProperty("contentItemId").GetString()!;
    }

    /// <summary>Creates an Article with an image as the team's editor, has it approved and publishes it; returns its id.</summary>
    public static async Task<string> PublishedArticleAsync(ReviewTeam team, string title, object image)
    {
        var id = await DraftArticleAsync(team.Editor, title, image);
        await ReviewTeam.MustAsync(team.Editor, id, "submit");
        await ReviewTeam.ApproveAsync(team.Reviewer, "dr.okafor", id);
        await ReviewTeam.MustAsync(team.Editor, id, "publish");
        return id;
    }

    /// <summary>Every file under the data folder's media store and variant cache.</summary>
    public static string[] StoredFiles(string dataPath) =>
        new[] { "media", "media-cache" }.Select(d => Path.Combine(dataPath, d)).Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories)).Order().ToArray();
}
