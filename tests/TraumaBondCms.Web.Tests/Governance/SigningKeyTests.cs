using System.Net;
using System.Text;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary>
/// The server's signing key: kept in a file outside the database, its public half published, rotated without breaking the
/// signatures it made; and an approval changed in the database stops counting.
/// </summary>
public sealed class SigningKeyTests(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    [Fact]
    public async Task Should_publish_the_public_key_and_keep_the_private_key_out_of_the_database()
    {
        var (id, _) = await DraftFaqAsync(team.Editor, "Where is the signing key?", "In a file beside the database, not in it.");
        await MustAsync(team.Editor, id, "submit");
        var approval = (await ApproveAsync(team.Reviewer, "dr.okafor", id)).GetProperty("approval");

        var jwks = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.Host.Anonymous().GetAsync("/.well-known/tbcms-signing-keys"));
        var keyFile = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(team.Host.DataPath, "keys", "signing-keys.json"))).RootElement;
        var privateKey = keyFile.GetProperty("keys")[0].GetProperty("privateKey").GetString()!;
        var database = Encoding.Latin1.GetString(await ReadSharedAsync(Path.Combine(team.Host.DataPath, "cms.db")));

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal(("EC", "P-256", "ES256", approval.GetProperty("signingKeyId").GetString()), (key.GetProperty("kty").GetString(), key.GetProperty("crv").GetString(), key.GetProperty("alg").GetString(), key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _));
        Assert.DoesNotContain(privateKey, database, StringComparison.Ordinal);
        Assert.DoesNotContain(privateKey[..40], database, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content_hash", "sha256:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("reviewer", "admin")]
    [InlineData("credential_confirmed_by", "admin")]
    [InlineData("signed_utc", "2020-01-01T00:00:00.0000000Z")]
    public async Task Should_refuse_to_publish_when_a_signed_approval_was_changed_in_the_database(string column, string value)
    {
        var (id, _) = await DraftFaqAsync(team.Editor, $"Can a database edit move a signature ({column})?", "No: the statement no longer matches.");
        await MustAsync(team.Editor, id, "submit");
        var hash = (await ApproveAsync(team.Reviewer, "dr.okafor", id)).GetProperty("version").GetProperty("contentHash").GetString()!;

        await Forgery.TamperAsync(team.Host, id, column, column == "content_hash" ? hash : value);
        if (column == "content_hash")
        {
            // The row keeps the exact hash (so it still looks like an approval of this version) but claims another reviewer.
            await Forgery.TamperAsync(team.Host, id, "reviewer_display_name", "Dr Somebody Else");
        }

        var publish = await TransitionAsync(team.Editor, id, "publish");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Conflict, publish);
        Assert.Contains(problem.GetProperty("refusals").EnumerateArray(), r => r.GetProperty("rule").GetString() == "ApprovalSignature");
        Assert.Equal(HttpStatusCode.NotFound, (await team.Host.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Should_keep_verifying_what_the_old_key_signed_when_the_operator_rotates_the_key()
    {
        using var host = new CmsTestHost { KeepData = true };
        using var editor = await host.CreateUserAsync("editor.rot", "Editor");
        using var reviewer = await host.CreateUserAsync("dr.rot", "ClinicalReviewer", Credential("LCSW", "R-1", 2031));
        var (before, _) = await DraftFaqAsync(editor, "Signed before the rotation?", "Yes.");
        await MustAsync(editor, before, "submit");
        var oldKey = (await ApproveAsync(reviewer, "dr.rot", before)).GetProperty("approval").GetProperty("signingKeyId").GetString();
        var dataPath = host.DataPath;
        host.Dispose();

        var rotate = await CliProcess.RunAsync(dataPath, null, "keys", "rotate");
        var list = await CliProcess.RunAsync(dataPath, null, "keys", "list");
        using var restarted = new CmsTestHost(dataPath);
        using var editorAgain = await restarted.SignInAsync("editor.rot", "editor.rot" + PasswordSuffix);
        using var reviewerAgain = await restarted.SignInAsync("dr.rot", "dr.rot" + PasswordSuffix);
        await MustAsync(editorAgain, before, "publish");
        var (after, _) = await DraftFaqAsync(editorAgain, "Signed after the rotation?", "With the new key.");
        await MustAsync(editorAgain, after, "submit");
        var newKey = (await ApproveAsync(reviewerAgain, "dr.rot", after)).GetProperty("approval").GetProperty("signingKeyId").GetString();
        var jwks = await HttpAssert.StatusAsync(HttpStatusCode.OK, await restarted.Anonymous().GetAsync("/.well-known/tbcms-signing-keys"));

        Assert.True(rotate.ExitCode == 0, rotate.Output + rotate.Error);
        Assert.Contains($"{oldKey}", list.Output);
        Assert.Contains("retired (verifies)", list.Output);
        Assert.NotEqual(oldKey, newKey);
        Assert.Equal(new[] { oldKey, newKey }.Order(StringComparer.Ordinal), jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await restarted.Anonymous().GetAsync($"/api/content/{before}")).StatusCode);
        restarted.KeepData = false;
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
