using System.Net;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Media.MediaApi;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// PDF uploads over HTTP: what identifies a survivor or clinician (document information, XMP, earlier revisions) and what
/// runs or carries files (scripts, automatic actions, attachments) is gone from every stored file, and the pages are intact.
/// PDFs that cannot be cleaned (encrypted, unreadable) are among the hostile files of <see cref="MediaUploadTests"/>.
/// </summary>
public sealed class MediaPdfPrivacyTests : IClassFixture<ReviewTeam>
{
    private readonly ReviewTeam _team;

    public MediaPdfPrivacyTests(ReviewTeam team) => _team = team;

    [Fact]
    public async Task Should_keep_no_author_metadata_revision_script_or_attachment_in_any_stored_file_when_a_safety_plan_carries_them()
    {
        var upload = TestPdfs.SafetyPlanWithPrivateMetadata();

        var served = await AssertStoredWithoutAsync(upload, "safety-plan.pdf", TestPdfs.PrivateMarkers, TestPdfs.PageText);

        Assert.Contains("/URI(https://988lifeline.org/)", TestPdfs.Searchable(served));
    }

    [Fact]
    public async Task Should_keep_no_author_metadata_or_script_when_they_are_packed_in_compressed_object_streams()
    {
        const string Text = "Packed plan: call 988";

        await AssertStoredWithoutAsync(TestPdfs.SafetyPlanInObjectStreams(Text), "packed-plan.pdf", TestPdfs.PackedMarkers, Text);
    }

    [Fact]
    public async Task Should_store_one_file_when_two_uploads_of_a_pdf_differ_only_in_their_metadata()
    {
        const string Text = "Plan B: the bus to my sister's leaves at 7";
        var first = await UploadNewAsync(_team.Editor, TestPdfs.SafetyPlanWithPrivateMetadata(Text, "Sam Porter"), "plan-a.pdf");

        var second = await UploadAsync(_team.Editor, TestPdfs.SafetyPlanWithPrivateMetadata(Text, "Alex Moreno"), "plan-b.pdf", "application/pdf");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await HttpAssert.JsonAsync(second);
        Assert.Equal(first.GetProperty("sha256").GetString(), again.GetProperty("sha256").GetString());
        Assert.Equal(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
    }

    // Uploads a PDF that holds every marker (its raw bytes or inflated streams), and checks that no stored or served file
    // holds any, that the file is one revision, and that its one page draws the same content. Returns the served file.
    private async Task<byte[]> AssertStoredWithoutAsync(byte[] upload, string fileName, string[] markers, string pageText)
    {
        var original = TestPdfs.Searchable(upload);
        Assert.All(markers, m => Assert.Contains(m, original));
        var before = StoredFiles(_team.Host.DataPath);

        var asset = await UploadNewAsync(_team.Editor, upload, fileName);

        var sha256 = asset.GetProperty("sha256").GetString()!;
        var added = StoredFiles(_team.Host.DataPath).Except(before).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, f => Assert.Contains(sha256, f));
        var served = await _team.Editor.GetByteArrayAsync($"/media/{sha256}.pdf");
        foreach (var (name, bytes) in added.Select(f => (f, File.ReadAllBytes(f))).Append(("served", served)))
        {
            var text = TestPdfs.Searchable(bytes);
            foreach (var marker in markers)
            {
                Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{name} holds '{marker}'");
            }

            Assert.Equal(1, CountOf(text[..bytes.Length], "%%EOF"));
            Assert.Equal(1, CountOf(text[..bytes.Length], "startxref"));
        }

        var (pages, contents) = TestPdfs.Read(served);
        Assert.Equal(1, pages);
        Assert.Equal(TestPdfs.PageContent(pageText), Assert.Single(contents));
        Assert.Equal(sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(served)));
        return served;
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
