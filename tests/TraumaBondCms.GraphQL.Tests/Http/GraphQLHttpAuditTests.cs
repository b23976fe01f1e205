using System.Text.Json;
using Xunit.Abstractions;

namespace TraumaBondCms.GraphQL.Tests.Http;

// graphql-http's GraphQL-over-HTTP audit suite against our endpoint: every MUST and SHOULD must pass.
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_pass_every_must_and_should_audit_when_graphql_http_audits_the_endpoint()
    {
        await using var server = await GraphQLTestServer.StartAsync(HttpTestSchema.Create());

        var lines = await NodeScript.RunAsync("audit-server.mjs", server.Endpoint.ToString());

        var audits = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        foreach (var audit in audits)
        {
            output.WriteLine($"{Text(audit, "status"),-6} {Text(audit, "id")} {Text(audit, "name")}{(Text(audit, "reason") is { } reason ? " — " + reason : string.Empty)}");
        }

        var must = audits.Where(audit => Text(audit, "name")!.StartsWith("MUST ", StringComparison.Ordinal)).ToList();
        var should = audits.Where(audit => Text(audit, "name")!.StartsWith("SHOULD ", StringComparison.Ordinal)).ToList();
        Assert.Equal((13, 20), (must.Count, should.Count));
        Assert.Empty(must.Concat(should).Where(audit => Text(audit, "status") != "ok").Select(audit => $"{Text(audit, "id")} {Text(audit, "name")}: {Text(audit, "reason")}"));
    }

    private static string? Text(JsonElement audit, string property) =>
        audit.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
