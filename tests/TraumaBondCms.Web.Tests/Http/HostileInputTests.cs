using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// Over a thousand hostile inputs (<see cref="HostileInputs"/>) against every REST route and <c>/api/graphql</c>, anonymous
/// and signed in, each checked on its own: never a 5xx; a refusal is ProblemDetails with its status (REST) or GraphQL errors
/// that each carry <c>extensions.code</c>; and a full dump of the database is the same after a refused input as before it,
/// but for the audit entries a refusal writes by design (a failed sign-in, a denied permission, a refused transition).
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly string[] RefusalAudits = ["signin.failed", "permission.denied", "workflow.refused"];

    [Fact]
    public async Task Should_refuse_every_hostile_input_clearly_and_change_nothing_when_sent_to_every_route()
    {
        // Throttling set high: each input should reach the validation it aims at, not wait behind the sign-in limits.
        using var host = new CmsTestHost(settings: new Dictionary<string, string?>
        {
            ["Cms:Auth:Throttle:RequestsPerMinute"] = "100000",
            ["Cms:Auth:Throttle:FailuresPerClient"] = "100000",
            ["Cms:Auth:Throttle:FailuresPerAccount"] = "100000",
            ["Cms:Auth:Throttle:FailuresPerAccountFromAllClients"] = "100000",
        });
        using var admin = await host.AdminAsync();
        using var editor = await host.CreateUserAsync("fuzz.editor", "Editor");
        using var anonymous = host.Anonymous();
        var clients = new Dictionary<Caller, HttpClient> { [Caller.Anonymous] = anonymous, [Caller.Editor] = editor, [Caller.Admin] = admin };
        var inputs = HostileInputs.All().ToList();
        var failures = new List<string>();
        var accepted = new List<HostileInput>();
        var refused = 0;
        var commits = 0;
        var sent = 0;
        var start = DatabaseSnapshot.TakeAll(host.DataPath);
        var before = start;
        var (lastAudit, _) = DatabaseSnapshot.AuditActionsAfter(host.DataPath, 0);
        using var watch = new DataVersionWatch(host.DataPath);
        var clock = Stopwatch.StartNew();

        foreach (var input in inputs)
        {
            var (status, verdict) = await SendAsync(clients[input.Caller], input);
            // The full dump is read again when something committed (without a commit it is the same by SQLite's word), and after
            // every 50th input whatever the watch says, which would catch a commit the watch missed.
            var committed = watch.CommittedSinceLastLook() | (++sent % 50 == 0);
            var after = committed ? DatabaseSnapshot.TakeAll(host.DataPath) : before;
            IReadOnlyList<string> audited = [];
            if (committed)
            {
                commits++;
                (lastAudit, audited) = DatabaseSnapshot.AuditActionsAfter(host.DataPath, lastAudit);
            }

            var wasRefused = status >= 400 || verdict == Verdict.GraphQLErrors;
            if (verdict == Verdict.Wrong || status >= 500)
            {
                failures.Add($"{input}: answered {status} {verdict}");
            }

            if (wasRefused || input.Method == "GET")
            {
                var changed = after.ChangedSince(before).Concat(audited.Where(a => !RefusalAudits.Contains(a)).Select(a => $"audit: {a}")).ToList();
                if (changed.Count > 0)
                {
                    failures.Add($"{input}: answered {status} but changed {string.Join("; ", changed)}");
                }
            }
            else
            {
                accepted.Add(input);
            }

            refused += wasRefused ? 1 : 0;
            before = after;
        }

        output.WriteLine($"{inputs.Count} inputs in {clock.Elapsed.TotalSeconds:0.0} s: {refused} refused, {accepted.Count} writes accepted; the database was dumped and compared {commits} times: after each commit (the audit entries of refusals) and every 50 inputs.");
        foreach (var write in accepted)
        {
            output.WriteLine($"accepted: {write}");
        }

        Assert.Empty(DatabaseSnapshot.TakeAll(host.DataPath).ChangedSince(start));

        Assert.True(failures.Count == 0, $"{failures.Count} of {inputs.Count} inputs were mishandled:\n" + string.Join("\n", failures.Take(40)));
        Assert.True(refused >= 500, $"only {refused} inputs were refused");
        Assert.Equal([], UncoveredRoutes(host, inputs).ToArray());
    }

    // Every route the server maps under /api (and /healthz) must have hostile inputs aimed at it; a new route fails here until it has.
    private static IEnumerable<string> UncoveredRoutes(CmsTestHost host, List<HostileInput> inputs)
    {
        var aimedAt = inputs.Select(i => i.Route).ToHashSet(StringComparer.Ordinal);
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!template.StartsWith("/api", StringComparison.Ordinal) && template != "/healthz")
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            foreach (var route in methods.Select(m => $"{m} {template}").Where(route => !aimedAt.Contains(route)))
            {
                yield return $"{route} has no hostile inputs in {nameof(HostileInputs)}";
            }
        }
    }

    private static async Task<(int Status, Verdict Verdict)> SendAsync(HttpClient client, HostileInput input)
    {
        using var request = input.ToRequest();
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return (0, Verdict.Wrong);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (input.IsGraphQL && mediaType is "application/json" or "application/graphql-response+json")
            {
                return (status, GraphQLVerdict(text));
            }

            if (status < 400)
            {
                return (status, Verdict.Answered);
            }

            return (status, mediaType == "application/problem+json" && Json(text) is { } problem
                && problem.TryGetProperty("status", out var stated) && stated.GetInt32() == status && problem.TryGetProperty("title", out _)
                ? Verdict.Problem
                : Verdict.Wrong);
        }
    }

    // A GraphQL response: data, or errors that each name their code (extensions.code).
    private static Verdict GraphQLVerdict(string text)
    {
        if (Json(text) is not { ValueKind: JsonValueKind.Object } result)
        {
            return Verdict.Wrong;
        }

        if (!result.TryGetProperty("errors", out var errors))
        {
            return result.TryGetProperty("data", out _) ? Verdict.Answered : Verdict.Wrong;
        }

        return errors.EnumerateArray().All(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            ? Verdict.GraphQLErrors
            : Verdict.Wrong;
    }

    private static JsonElement? Json(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private enum Verdict
    {
        Answered,
        Problem,
        GraphQLErrors,
        Wrong,
    }
}
