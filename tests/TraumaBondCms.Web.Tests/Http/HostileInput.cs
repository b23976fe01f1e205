using System.Text;

namespace TraumaBondCms.Web.Tests.Http;

/// <summary>
/// One malformed, oversized, mistyped or hostile request: the route it aims at (<c>METHOD /template</c>, as the server maps
/// it), who sends it, and the raw request. <see cref="Body"/> is sent as bytes so that it can hold what no JSON writer would
/// write (bytes that are not UTF-8, unpaired surrogate escapes).
/// </summary>
public sealed record HostileInput(string Route, Caller Caller, string Method, string Path, byte[]? Body = null, string ContentType = "application/json", string? Accept = null)
{
    /// <summary>True for the GraphQL endpoint, which answers in GraphQL's format rather than with ProblemDetails.</summary>
    public bool IsGraphQL => Path.StartsWith("/api/graphql", StringComparison.Ordinal);

    /// <summary>A JSON body given as text (which may hold <c>\ud800</c>-style escapes).</summary>
    public static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The request to send.</summary>
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            // The server may answer an oversized body on its headers alone: wait for that instead of writing into a closed connection.
            request.Headers.ExpectContinue = Body.Length > 1024 * 1024;
        }

        if (Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", Accept);
        }

        return request;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var body = Body is null ? string.Empty : " " + Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 120)));
        return $"{Caller} {Method} {(Path.Length > 120 ? Path[..120] + "…" : Path)}{body}";
    }
}
