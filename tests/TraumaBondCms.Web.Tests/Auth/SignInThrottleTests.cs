using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using TraumaBondCms.Web.Tests.Infrastructure;
using TraumaBondCms.Web.Tests.Workflow;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.Auth;

/// <summary>
/// Wrong passwords slow down the client that typed them and nobody else: no anonymous client can lock an account, an
/// unknown user name answers as slowly as a wrong password, and wrong signature passwords hold back only signing. Clients
/// are told apart by their address, so each comes from its own loopback address (127.0.0.x).
/// </summary>
public sealed class SignInThrottleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_let_admin_sign_in_from_another_client_when_one_client_typed_fifty_wrong_passwords()
    {
        using var host = new CmsTestHost();
        using var attacker = host.AnonymousFrom("127.0.0.2");
        using var owner = host.AnonymousFrom("127.0.0.3");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await attacker.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = $"guess-number-{i}" });
            answers.Add(response.StatusCode);
        }

        using var signIn = await owner.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, signIn);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), answers.Take(5));
        Assert.All(answers, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{status}"));
        Assert.Contains(HttpStatusCode.TooManyRequests, answers);
    }

    [Fact]
    public async Task Should_make_only_the_guessing_client_wait_when_it_then_types_the_right_password()
    {
        using var host = new CmsTestHost(settings: Throttle(("FailuresPerAccount", "3"), ("FirstWait", "00:01:00"), ("MaxWait", "00:10:00")));
        using var attacker = host.AnonymousFrom("127.0.0.2");
        for (var i = 0; i < 6; i++)
        {
            await attacker.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = $"guess-number-{i}" });
        }

        using var right = await attacker.PostAsJsonAsync("/api/auth/token", new { username = "ADMIN", password = CmsTestHost.AdminPassword });
        using var elsewhere = await host.AnonymousFrom("127.0.0.3").PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });

        var problem = await HttpAssert.ProblemAsync(HttpStatusCode.TooManyRequests, right);
        Assert.True(int.Parse(right.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("not locked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, elsewhere);
    }

    [Fact]
    public async Task Should_hold_back_only_clients_that_failed_when_many_clients_guess_one_account()
    {
        using var host = new CmsTestHost(settings: Throttle(("FailuresPerAccountFromAllClients", "3"), ("FirstWait", "00:01:00"), ("MaxWait", "00:10:00")));
        for (var client = 2; client <= 6; client++)
        {
            using var guesser = host.AnonymousFrom($"127.0.0.{client}");
            await HttpAssert.StatusAsync(HttpStatusCode.Unauthorized, await guesser.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "one-guess-each" }));
        }

        using var guesserWithRightPassword = await host.AnonymousFrom("127.0.0.2").PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });
        using var owner = await host.AnonymousFrom("127.0.0.9").PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });

        await HttpAssert.ProblemAsync(HttpStatusCode.TooManyRequests, guesserWithRightPassword);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, owner);
    }

    [Fact]
    public async Task Should_answer_429_to_one_address_only_when_it_sends_more_sign_ins_than_allowed_a_minute()
    {
        using var host = new CmsTestHost(settings: Throttle(("RequestsPerMinute", "3")));
        using var busy = host.AnonymousFrom("127.0.0.2");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await busy.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });
            answers.Add(response.StatusCode);
        }

        using var other = await host.AnonymousFrom("127.0.0.3").PostAsJsonAsync("/api/auth/token", new { username = "admin", password = CmsTestHost.AdminPassword });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        await HttpAssert.StatusAsync(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task Should_take_as_long_for_an_unknown_user_as_for_a_wrong_password_when_timed()
    {
        // Throttling off for this one: it measures the hashing, not the waiting.
        using var host = new CmsTestHost(settings: Throttle(("FailuresPerAccount", "1000"), ("FailuresPerClient", "1000"), ("FailuresPerAccountFromAllClients", "1000"), ("RequestsPerMinute", "1000")));
        using var client = host.Anonymous();
        await TimeAsync(client, "admin");
        await TimeAsync(client, "nobody.at.all");

        // Other work on the machine slows single requests at random: a round that differs is timed again (up to three
        // rounds, each printed). A real difference (an unknown name answered without hashing) differs in every round.
        var rounds = new List<(double Known, double Unknown)>();
        for (var round = 0; round < 3 && (rounds.Count == 0 || !Close(rounds[^1])); round++)
        {
            var known = new List<double>();
            var unknown = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                known.Add(await TimeAsync(client, "admin"));
                unknown.Add(await TimeAsync(client, $"nobody.{round}.{i}"));
            }

            rounds.Add((Median(known), Median(unknown)));
            output.WriteLine($"round {round + 1}, median of 20: known user, wrong password {rounds[^1].Known:0.0} ms; unknown user {rounds[^1].Unknown:0.0} ms");
        }

        Assert.True(Close(rounds[^1]), string.Join("; ", rounds.Select(r => $"known user {r.Known:0.0} ms, unknown user {r.Unknown:0.0} ms")));

        static bool Close((double Known, double Unknown) r) => Math.Abs(r.Known - r.Unknown) <= 0.2 * Math.Max(r.Known, r.Unknown);
    }

    [Fact]
    public async Task Should_hold_back_signing_but_not_signing_in_when_a_reviewer_types_wrong_signature_passwords()
    {
        var team = new ReviewTeam();
        await team.InitializeAsync();
        try
        {
            var (id, _) = await ReviewTeam.DraftFaqAsync(team.Editor, "Can a signature be guessed?", "Not quickly.");
            await ReviewTeam.MustAsync(team.Editor, id, "submit");
            var version = await ReviewTeam.LatestVersionIdAsync(team.Reviewer, id);
            var refusals = new List<string>();
            for (var i = 0; i < 6; i++)
            {
                var refused = await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, await ReviewTeam.TransitionAsync(team.Reviewer, id, "approve", new { version, password = $"wrong-signature-{i}" }));
                refusals.Add(refused.GetProperty("detail").GetString()!);
            }

            var withRightPassword = await ReviewTeam.TransitionAsync(team.Reviewer, id, "approve", new { version, password = "dr.okafor" + ReviewTeam.PasswordSuffix });
            using var signIn = await team.Host.Anonymous().PostAsJsonAsync("/api/auth/token", new { username = "dr.okafor", password = "dr.okafor" + ReviewTeam.PasswordSuffix });

            Assert.All(refusals.Take(5), detail => Assert.Contains("password is wrong", detail, StringComparison.Ordinal));
            Assert.Contains("Too many wrong passwords", refusals[5], StringComparison.Ordinal);
            Assert.Contains("Too many wrong passwords", (await HttpAssert.ProblemAsync(HttpStatusCode.Forbidden, withRightPassword)).GetProperty("detail").GetString(), StringComparison.Ordinal);
            await HttpAssert.StatusAsync(HttpStatusCode.OK, signIn);
        }
        finally
        {
            await team.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Throttle(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => $"Cms:Auth:Throttle:{s.Key}", s => (string?)s.Value);

    private static async Task<double> TimeAsync(HttpClient client, string userName)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = userName, password = "not-the-password-at-all" });
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }
}
