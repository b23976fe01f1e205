using System.Text;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// Hostile requests to <c>/api/graphql</c>: bodies that are not JSON or not Unicode, parameters of the wrong kind, documents
/// that are broken, too deep, too wide or too costly, variables of the wrong type or holding unpaired surrogates, mutations
/// by callers who may not make them and on items that do not exist, and methods and media types the endpoint refuses.
/// </summary>
public static class HostileGraphQL
{
    /// <summary>The endpoint's route key (mapped for every method).</summary>
    public const string Route = "* /api/graphql";

    private const string Path = "/api/graphql";

    /// <summary>Every hostile GraphQL request, each sent by an anonymous caller, an editor and the administrator.</summary>
    public static IEnumerable<HostileInput> All()
    {
        foreach (var caller in new[] { Caller.Anonymous, Caller.Editor, Caller.Admin })
        {
            foreach (var body in Bodies())
            {
                yield return new(Route, caller, "POST", Path, body);
            }

            foreach (var (method, path, contentType, accept) in Requests())
            {
                yield return new(Route, caller, method, path, method == "GET" ? null : HostileInput.Json("{\"query\": \"{ __typename }\"}"), contentType, accept);
            }
        }
    }

    private static IEnumerable<byte[]> Bodies()
    {
        var surrogate = HostileInputs.LoneSurrogate;
        string[] json =
        [
            "", "{", "null", "[]", "42", "{}", "{\"query\": 1}", "{\"query\": \"{ __typename }\", \"variables\": \"{}\"}",
            "{\"query\": \"{ __typename }\", \"operationName\": false}", "{\"query\": \"{ __typename }\", \"extensions\": []}",
            $"{{\"query\": \"{{ __typename }}\", \"variables\": {{\"x\": \"{surrogate}\"}}}}",
            $"{{\"query\": \"query Q {{ __typename }}\", \"operationName\": \"{surrogate}\"}}",
            $"{{\"query\": \"{{ __typename(x: \\\"{surrogate}\\\") }}\"}}",
            $"{{\"query\": \"{{ __typename }}\", \"extensions\": {{\"{surrogate}\": 1}}}}",
            $"{{\"query\": \"mutation ($f: FaqInput!) {{ createFaq(fields: $f) {{ id }} }}\", \"variables\": {{\"f\": {{\"question\": \"{surrogate}\", \"answer\": \"x\"}}}}}}",
            $"{{\"query\": \"mutation ($f: FaqInput!) {{ createFaq(fields: $f) {{ id }} }}\", \"variables\": {{\"f\": {{\"question\": 12345, \"answer\": [\"x\"]}}}}}}",
            $"{{\"query\": \"mutation {{ transition(id: \\\"no-such-item\\\", name: \\\"{HostileInputs.ControlText}\\\", reason: \\\"{new string('r', 100_000)}\\\") {{ to }} }}\"}}",
            "{\"query\": \"mutation { approve(id: \\\"no-such-item\\\", expectedVersion: 1, password: \\\"guess\\\") { to } }\"}",
            "{\"query\": \"mutation { publish(id: \\\"faq-what-is-a-safety-plan\\\", expectedVersion: -1) { id } }\"}",
            "{\"query\": \"mutation { unpublish(id: \\\"no-such-item\\\") { id } }\"}",
            "{\"query\": \"mutation { updateFaq(id: \\\"faq-what-is-a-safety-plan\\\", expectedVersion: 999999, fields: { answer: \\\"changed\\\" }) { id } }\"}",
            "{\"query\": \"{ faq(id: \\\"%00' OR 1=1 --\\\") { id } }\"}",
            "{\"query\": \"{ nosuchfield }\"}",
            "{\"query\": \"query { __typename } query { __typename }\"}",
            "{\"query\": \"{ __typename }\", \"operationName\": \"Missing\"}",
            "{\"query\": \"query ($n: Int!) { __typename }\", \"variables\": {\"n\": \"not a number\"}}",
            "{\"query\": \"query ($n: Int!) { __typename }\", \"variables\": {\"n\": 99999999999999999999}}",
            "{\"query\": \"{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } }\"}",
            "{\"query\": \"{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: __typename")) + " }\"}",
            "{\"query\": \"" + new string('{', 3000) + "\"}",
            "{\"query\": \"{ __typename @skip(if: \\\"yes\\\") }\"}",
            "{\"query\": \"{ \\u001b[31m }\"}",
            "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + new string('0', 64) + "\"}}}",
            "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"../../etc/passwd\"}}, \"query\": \"{ __typename }\"}",
        ];
        foreach (var text in json)
        {
            yield return HostileInput.Json(text);
        }

        yield return [.. "{\"query\": \"{ __typename }\", \"variables\": {\"x\": \""u8, 0xC3, 0x28, 0xFF, .. "\"}}"u8];
        yield return [.. "{\"query\": \"{ "u8, 0xED, 0xA0, 0x80, .. " }\"}"u8];
        yield return Encoding.UTF8.GetBytes("{\"query\": \"{ __typename }\", \"padding\": \"" + new string(' ', 3 * 1024 * 1024) + "\"}");
    }

    private static IEnumerable<(string Method, string Path, string ContentType, string? Accept)> Requests()
    {
        yield return ("GET", Path + "?query=" + Uri.EscapeDataString("mutation { unpublish(id: \"faq-what-is-a-safety-plan\") { id } }"), "application/json", null);
        yield return ("GET", Path + "?query=%7B__typename%7D&variables=" + Uri.EscapeDataString("{\"x\": \"\\ud800\"}"), "application/json", null);
        yield return ("GET", Path + "?query=%7B__typename%7D&variables=not-json", "application/json", null);
        yield return ("GET", Path + "?query=%7B__typename%7D&extensions=%5B%5D", "application/json", null);
        yield return ("GET", Path, "application/json", null);
        yield return ("PUT", Path, "application/json", null);
        yield return ("DELETE", Path, "application/json", null);
        yield return ("POST", Path, "text/plain", null);
        yield return ("POST", Path, "application/json; charset=latin1", null);
        yield return ("POST", Path, "application/json", "text/html");
    }
}
