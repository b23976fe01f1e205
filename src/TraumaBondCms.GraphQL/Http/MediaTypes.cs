using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>
/// The media types of GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types) and
/// the choice between them from an <c>Accept</c> header. Thread safe.
/// </summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when neither is acceptable. No header means
    /// <c>application/json</c>; wildcards mean <c>application/json</c>; the highest quality wins, and on a tie
    /// <c>application/graphql-response+json</c> beats <c>application/json</c>, which beats a wildcard.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return StringValues.IsNullOrEmpty(accept) ? Json : null;
        }

        string? best = null;
        var bestScore = (Quality: 0.0, Rank: 0);
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            var (type, rank) = range.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => (GraphQLResponse, 3),
                Json => (Json, 2),
                "application/*" or "*/*" => (Json, 1),
                _ => ((string?)null, 0),
            };
            if (type is not null && quality > 0 && (quality, rank).CompareTo(bestScore) > 0)
            {
                best = type;
                bestScore = (quality, rank);
            }
        }

        return best;
    }

    /// <summary>True when a request Content-Type is JSON in UTF-8 (no charset parameter means UTF-8).</summary>
    public static bool IsJsonContent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(parsed.Charset.Value, "utf8", StringComparison.OrdinalIgnoreCase));
}
