using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;

namespace TraumaBondCms.GraphQL.Tests.Validation.Oracle;

/// <summary>
/// Runs graphql-js 16 (tests/js/validate-oracle.mjs under <c>node</c>) once over a batch of documents and
/// returns its verdict for each. Fails the calling test, never skips it, when <c>node</c> or
/// <c>tests/js/node_modules</c> is missing: CI runs <c>npm ci</c> in tests/js first.
/// </summary>
internal static class GraphQLJsOracle
{
    private const string SetupHint = "Run `npm ci` in tests/js (CI does this before the .NET tests).";

    public sealed record Error(string Message, IReadOnlyList<(int Line, int Column)> Locations);

    public sealed record Verdict(string Kind, IReadOnlyList<Error> Errors);

    public static IReadOnlyList<Verdict> Validate(string schemaSdl, IReadOnlyList<string> documents)
    {
        var scripts = FindScriptsDirectory();
        if (!File.Exists(Path.Combine(scripts, "node_modules", "graphql", "package.json")))
        {
            Assert.Fail($"graphql-js is not installed: {Path.Combine(scripts, "node_modules")} is missing. {SetupHint}");
        }

        var start = new ProcessStartInfo("node", ["validate-oracle.mjs"])
        {
            WorkingDirectory = scripts,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"`node` was not found on PATH ({error.Message}); install Node.js 18 or later. {SetupHint}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errorOutput = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(RequestJson(schemaSdl, documents));
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("validate-oracle.mjs did not finish within 120 seconds.");
            }

            Assert.True(process.ExitCode == 0, $"validate-oracle.mjs exited with {process.ExitCode}: {errorOutput.Result}");
            return Parse(output.Result);
        }
    }

    // Written by hand rather than with System.Text.Json, which replaces a lone surrogate with U+FFFD: the
    // lexer cases need graphql-js to see exactly the UTF-16 text we parse.
    private static string RequestJson(string schemaSdl, IReadOnlyList<string> documents)
    {
        var json = new System.Text.StringBuilder("{\"schema\":");
        AppendString(json, schemaSdl);
        json.Append(",\"documents\":[");
        for (var i = 0; i < documents.Count; i++)
        {
            json.Append(i > 0 ? "," : "");
            AppendString(json, documents[i]);
        }

        return json.Append("]}").ToString();
    }

    private static void AppendString(System.Text.StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                json.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        json.Append('"');
    }

    private static List<Verdict> Parse(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var verdicts = new List<Verdict>();
        foreach (var result in parsed.RootElement.GetProperty("results").EnumerateArray())
        {
            var errors = result.GetProperty("errors").EnumerateArray()
                .Select(error => new Error(
                    error.GetProperty("message").GetString()!,
                    [.. error.GetProperty("locations").EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))]))
                .ToList();
            verdicts.Add(new Verdict(result.GetProperty("verdict").GetString()!, errors));
        }

        return verdicts;
    }

    // The repository's tests/js, found upwards from the test binaries.
    private static string FindScriptsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "validate-oracle.mjs")))
            {
                return candidate;
            }
        }

        Assert.Fail($"tests/js/validate-oracle.mjs was not found above {AppContext.BaseDirectory}.");
        return "";
    }
}
