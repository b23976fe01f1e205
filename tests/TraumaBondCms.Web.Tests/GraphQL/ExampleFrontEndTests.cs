using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The example front end's GraphQL documents stay valid against the real content schema (it is documentation that runs).</summary>
public sealed partial class ExampleFrontEndTests : IClassFixture<SharedCmsHost>
{
    private readonly CmsTestHost _host;

    public ExampleFrontEndTests(SharedCmsHost shared) => _host = shared.Host;

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Constants().Where(c => c.Value.TrimStart().StartsWith("query", StringComparison.Ordinal) || c.Value.TrimStart().StartsWith("mutation", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Should_validate_against_the_schema_when_the_example_sends_a_document(string name)
    {
        var document = Constants()[name];
        using var reader = _host.Anonymous();

        var body = await HttpAssert.StatusAsync(HttpStatusCode.OK, await reader.PostAsJsonAsync("/api/graphql", new
        {
            query = document,
            variables = new { slug = "why-leaving-is-hard", id = "article-why-leaving-is-hard", query = "no contact", after = (string?)null, topic = "trauma-bonding" },
        }));

        // Variables the document does not declare are ignored; what must never happen is a document that does not parse or that the schema refuses.
        var refusals = body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Where(e => e.GetProperty("extensions").GetProperty("code").GetString() is "GRAPHQL_VALIDATION_FAILED" or "GRAPHQL_PARSE_FAILED").Select(e => e.GetProperty("message").GetString()).ToList()
            : [];
        Assert.True(refusals.Count == 0, $"{name}: {string.Join(" ", refusals)}");
    }

    // The script's template-string constants, with ${OTHER} interpolations of other constants filled in.
    internal static Dictionary<string, string> Constants()
    {
        var constants = DocumentPattern().Matches(File.ReadAllText(AppScript())).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["document"].Value);
        foreach (var name in constants.Keys.ToList())
        {
            constants[name] = InterpolationPattern().Replace(constants[name], m => constants[m.Groups["name"].Value]);
        }

        return constants;
    }

    private static string AppScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "examples", "app.js");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/app.js was not found above the test binaries.");
    }

    [GeneratedRegex(@"const (?<name>[A-Z_]+) = `(?<document>[^`]*)`", RegexOptions.Singleline)]
    private static partial Regex DocumentPattern();

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+)\}")]
    private static partial Regex InterpolationPattern();
}
