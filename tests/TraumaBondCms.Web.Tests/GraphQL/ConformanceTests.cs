using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Tests.TestData;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// The reference tools on the real content schema: graphql-js rebuilds a valid schema from our introspection (and it
/// prints like our own SDL), and graphql-http's audit passes every MUST and SHOULD on <c>/api/graphql</c>.
/// </summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class ConformanceTests(SeededGraphQLHost seeded, ITestOutputHelper output)
{
    private Uri Endpoint => new(seeded.Host.BaseAddress, "/api/graphql");

    [Fact]
    public async Task Should_build_a_valid_schema_in_graphql_js_when_it_introspects_the_content_schema()
    {
        var sdl = SchemaPrinter.Print(seeded.Host.Services.GetRequiredService<ContentSchemaProvider>().Current);
        var sdlFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(sdlFile, sdl);

        try
        {
            var result = JsonDocument.Parse(await NodeScript.RunAsync("introspect-to-sdl.mjs", Endpoint.ToString(), sdlFile)).RootElement;

            var introspected = result.GetProperty("introspected").GetString()!;
            Assert.Contains("type Article implements ContentItem", introspected);
            Assert.Equal(result.GetProperty("fromSdl").GetString(), introspected);
        }
        finally
        {
            File.Delete(sdlFile);
        }
    }

    [Fact]
    public async Task Should_pass_every_must_and_should_audit_when_graphql_http_audits_the_endpoint()
    {
        var lines = await NodeScript.RunAsync("audit-server.mjs", Endpoint.ToString());

        var audits = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        foreach (var audit in audits)
        {
            output.WriteLine($"{Text(audit, "status"),-6} {Text(audit, "id")} {Text(audit, "name")} {Text(audit, "reason")}");
        }

        var required = audits.Where(a => Text(a, "name")!.StartsWith("MUST ", StringComparison.Ordinal) || Text(a, "name")!.StartsWith("SHOULD ", StringComparison.Ordinal)).ToList();
        Assert.True(required.Count >= 30, $"Only {required.Count} MUST and SHOULD audits ran.");
        Assert.Empty(required.Where(a => Text(a, "status") != "ok").Select(a => $"{Text(a, "id")} {Text(a, "name")}: {Text(a, "reason")}"));
    }

    private static string? Text(JsonElement audit, string property) =>
        audit.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
