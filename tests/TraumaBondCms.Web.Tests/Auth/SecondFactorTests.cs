using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// The second identification component over real HTTP, on a CMS that requires it of administrators and reviewers: an account
/// that needs one can only set it up; enrolment with the password, a first code and recovery codes; sign-in with and without
/// a code; a signature refused without a fresh code; a recovery code that works once; wrong codes throttled like passwords.
/// Codes come from the tests' own RFC 6238 at a clock the tests move.
/// </summary>
public sealed class SecondFactorTests(SecondFactorTeam team) : IClassFixture<SecondFactorTeam>
{
    [Fact]
    public async Task Should_let_an_account_whose_role_needs_a_second_factor_only_set_one_up_when_it_has_none()
    {
        using var admin = await team.AdminAsync();
        await HttpAssert.StatusAsync(HttpStatusCode.Created, await admin.PostAsJsonAsync("/api/users", new { userName = "admin.fresh", password = TestPasswords.Of("admin.fresh"), roles = new[] { "Administrator" } }));
        using var restricted = await BearerAsync("admin.fresh", null);

        var users = await restricted.GetAsync("/api/users");
        var status = await HttpAssert.StatusAsync(HttpStatusCode.OK, await restricted.GetAsync("/api/auth/second-factor"));
        var enrolment = await HttpAssert.StatusAsync(HttpStatusCode.OK, await restricted.PostAsJsonAsync("/api/auth/second-factor/enrol", new { password = TestPasswords.Of("admin.fresh") }));
        var key = enrolment.GetProperty("secret").GetString()!;
        var confirmed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await restricted.PostAsJsonAsync("/api/auth/second-factor/confirm", new { code = team.FreshCode(key) }));
        var afterwards = await restricted.GetAsync("/api/users");

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, users);
        Assert.Equal("Set up a second factor first.", problem.GetProperty("title").GetString());
        Assert.True(status.GetProperty("required").GetBoolean());
        Assert.False(status.GetProperty("enrolled").GetBoolean());
        Assert.StartsWith("otpauth://totp/", enrolment.GetProperty("uri").GetString());
        Assert.Contains("secret=" + key, enrolment.GetProperty("uri").GetString());
        Assert.StartsWith("data:image/png;base64,", enrolment.GetProperty("qrCode").GetString());
        Assert.Equal(10, confirmed.GetProperty("recoveryCodes").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Fact]
    public async Task Should_sign_in_only_with_a_fresh_code_when_the_account_has_a_second_factor()
    {
        using var restricted = await team.CreateUserAsync("editor.totp", "Editor");
        var (key, _) = await team.EnrolAsync(restricted, TestPasswords.Of("editor.totp"));
        var password = TestPasswords.Of("editor.totp");

        var withoutCode = await team.TokenAsync("editor.totp", password, null);
        var wrongCode = await team.TokenAsync("editor.totp", password, "000000");
        var code = team.FreshCode(key);
        var withCode = await team.TokenAsync("editor.totp", password, code);
        var replayed = await team.TokenAsync("editor.totp", password, code);
        var wrongPassword = await team.TokenAsync("editor.totp", "not-the-password-1", team.FreshCode(key));

        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, withCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Contains("authenticator code", (await HttpAssert.ProblemAsync(HttpStatusCode.Unauthorized, withoutCode)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Should_refuse_an_approval_until_the_reviewer_gives_a_fresh_code_and_record_both_components()
    {
        var (reviewer, key, id, version) = await InReviewAsync("editor.sign", "dr.totp", "Can I change my mind after leaving?");
        using var _ = reviewer;
        var usedCode = Rfc6238.Code(key, team.Clock.GetUtcNow());

        var passwordOnly = await TransitionAsync(reviewer, id, "approve", new { version, password = TestPasswords.Of("dr.totp") });
        var reused = await TransitionAsync(reviewer, id, "approve", new { version, password = TestPasswords.Of("dr.totp"), code = usedCode });
        var signed = await HttpAssert.StatusAsync(HttpStatusCode.OK, await TransitionAsync(reviewer, id, "approve", new { version, password = TestPasswords.Of("dr.totp"), code = team.FreshCode(key) }));
        var approvals = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reviewer.GetAsync($"/api/content/{id}/approvals"));

        Assert.Contains("authenticator app", Refusal(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, passwordOnly)));
        Assert.Contains("used already", Refusal(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, reused)));
        Assert.Equal("Approved", signed.GetProperty("to").GetString());
        Assert.Equal("password+totp", approvals[0].GetProperty("signedWith").GetString());
        Assert.Equal(2, approvals[0].GetProperty("statementFormat").GetInt32());
    }

    [Fact]
    public async Task Should_accept_each_recovery_code_once_in_place_of_an_authenticator_code()
    {
        using var restricted = await team.CreateUserAsync("editor.recovers", "Editor");
        var (_, recoveryCodes) = await team.EnrolAsync(restricted, TestPasswords.Of("editor.recovers"));
        var password = TestPasswords.Of("editor.recovers");

        var first = await team.TokenAsync("editor.recovers", password, recoveryCodes[3].ToUpperInvariant());
        var again = await team.TokenAsync("editor.recovers", password, recoveryCodes[3]);
        var another = await team.TokenAsync("editor.recovers", password, recoveryCodes[4]);
        using var admin = await team.AdminAsync();
        var audit = await HttpAssert.StatusAsync(HttpStatusCode.OK, await admin.GetAsync("/api/audit?actor=editor.recovers&action=secondfactor.recovery_code_used"));

        await HttpAssert.StatusAsync(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, another);
        Assert.Equal(["8 recovery codes left", "9 recovery codes left"], audit.EnumerateArray().Select(e => e.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task Should_make_the_client_wait_when_wrong_codes_are_typed_again_and_again()
    {
        using var restricted = await team.CreateUserAsync("editor.guessed", "Editor");
        var (key, _) = await team.EnrolAsync(restricted, TestPasswords.Of("editor.guessed"));
        var password = TestPasswords.Of("editor.guessed");
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 7; attempt++)
        {
            statuses.Add((await team.TokenAsync("editor.guessed", password, $"{attempt:000000}", client: "127.0.0.9")).StatusCode);
        }

        // The app's next code (the clock stays put: moving it on would end the wait).
        var next = Rfc6238.Code(key, team.Clock.GetUtcNow().AddSeconds(30));
        var rightCodeMeanwhile = await team.TokenAsync("editor.guessed", password, next, client: "127.0.0.9");
        var otherDevice = await team.TokenAsync("editor.guessed", password, next, client: "127.0.0.10");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rightCodeMeanwhile.StatusCode);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, otherDevice);
    }

    [Fact]
    public async Task Should_hold_back_signing_when_wrong_codes_are_given_with_a_signature_again_and_again()
    {
        var (reviewer, key, id, version) = await InReviewAsync("editor.throttle", "dr.guessing", "Is it my fault that I stayed?");
        using var _ = reviewer;
        var refusals = new List<string>();

        for (var attempt = 0; attempt < 6; attempt++)
        {
            refusals.Add(Refusal(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, await TransitionAsync(reviewer, id, "approve", new { version, password = TestPasswords.Of("dr.guessing"), code = $"99999{attempt}" }))));
        }

        // The app's next code (the clock stays put: moving it on would end the wait).
        var rightCode = await TransitionAsync(reviewer, id, "approve", new { version, password = TestPasswords.Of("dr.guessing"), code = Rfc6238.Code(key, team.Clock.GetUtcNow().AddSeconds(30)) });

        Assert.All(refusals.Take(5), r => Assert.Contains("wrong or was used already", r));
        Assert.Contains("Too many wrong passwords or codes", refusals[5]);
        Assert.Contains("Too many wrong passwords or codes", Refusal(await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, rightCode)));
    }

    // An FAQ an editor drafted and submitted, and a reviewer who set up an authenticator app to sign it: the reviewer's client,
    // app key, the item and the version in review.
    private async Task<(HttpClient Reviewer, string Key, string Id, string Version)> InReviewAsync(string editorName, string reviewerName, string question)
    {
        using var editor = await team.CreateUserAsync(editorName, "Editor");
        var reviewer = await team.CreateUserAsync(reviewerName, "ClinicalReviewer", SecondFactorTeam.Credential("LCSW", reviewerName.ToUpperInvariant(), 2031));
        var (key, _) = await team.EnrolAsync(reviewer, TestPasswords.Of(reviewerName));
        var (id, _) = await DraftFaqAsync(editor, question, "No one deserves to be hurt, and help is there when you want it.");
        await MustAsync(editor, id, "submit");
        return (reviewer, key, id, await LatestVersionIdAsync(reviewer, id));
    }

    private static string Refusal(JsonElement problem) => string.Join(" ", problem.GetProperty("refusals").EnumerateArray().Select(r => r.GetProperty("message").GetString()));

    private async Task<HttpClient> BearerAsync(string userName, string? code)
    {
        var token = await HttpAssert.StatusAsync(HttpStatusCode.OK, await team.TokenAsync(userName, TestPasswords.Of(userName), code));
        var client = team.Host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
