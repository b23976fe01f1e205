using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>The library entries over HTTP: editing alt text, tags and focal point, finding assets again, and who may change them.</summary>
public sealed class MediaLibraryTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public MediaLibraryTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_save_alt_text_tags_and_focal_point_when_an_editor_edits_an_entry()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 200, 81), "garden-path.jpg");
        var id = asset.GetProperty("id").GetString();

        var edited = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.PatchAsJsonAsync($"/api/media/{id}", new { alt = "A gravel path between rose beds.", tags = new[] { "Gardens", "calm" }, focalPoint = new { x = 0.25, y = 0.75 } }));

        Assert.Equal("A gravel path between rose beds.", edited.GetProperty("alt").GetString());
        Assert.Equal(["gardens", "calm"], edited.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal((0.25, 0.75), (edited.GetProperty("focalPoint").GetProperty("x").GetDouble(), edited.GetProperty("focalPoint").GetProperty("y").GetDouble()));
        var byTag = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync("/api/media?q=rose gardens&kind=image"));
        Assert.Equal([id], byTag.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        var documents = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync("/api/media?q=rose&kind=document"));
        Assert.Equal(0, documents.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Should_refuse_naming_the_field_and_change_nothing_when_an_entry_edit_is_invalid()
    {
        var asset = await UploadNewAsync(_team.Editor, TestImages.Jpeg(300, 200, 82), "IMG_0042.jpg", alt: "A kettle on a stove.");
        var id = asset.GetProperty("id").GetString();
        var before = DatabaseSnapshot.Take(_team.Host.DataPath);

        var focal = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await _team.Editor.PatchAsJsonAsync($"/api/media/{id}", new { focalPoint = new { x = 1.5, y = 0.5 } }));
        var fileName = await HttpAssert.ProblemAsync(HttpStatusCode.BadRequest, await _team.Editor.PatchAsJsonAsync($"/api/media/{id}", new { alt = "IMG_0042" }));
        var reviewer = await _team.Reviewer.PatchAsJsonAsync($"/api/media/{id}", new { alt = "A kettle boiling." });

        Assert.True(focal.GetProperty("errors").TryGetProperty("focalPoint", out _), focal.ToString());
        Assert.Contains("file name", fileName.GetProperty("errors").GetProperty("alt")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        // The refused attempt by someone without the permission is audited; nothing else changes.
        DatabaseSnapshot.Take(_team.Host.DataPath).AssertUnchangedSince(before, "audit_log");
        var stored = await HttpAssert.StatusAsync(HttpStatusCode.OK, await _team.Editor.GetAsync($"/api/media/{id}"));
        Assert.Equal("A kettle on a stove.", stored.GetProperty("alt").GetString());
    }
}
