using Microsoft.Net.Http.Headers;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// The culture a reader asked for: an explicit <c>culture</c> argument (a BCP 47 tag; anything else is a validation error
/// naming <c>culture</c>), or else the first language of the request's <c>Accept-Language</c> header (by quality) that the
/// site has a culture for; null when neither says anything, which serves the default culture. The reader's fallback chain
/// follows from it (<see cref="LocalizationSettings.Chain"/>).
/// </summary>
public static class RequestCulture
{
    /// <summary>The explicit culture, normalized; null when <paramref name="culture"/> is null or blank.</summary>
    public static string? Explicit(string? culture) =>
        string.IsNullOrWhiteSpace(culture) ? null
            : CultureNames.Normalize(culture) ?? throw ContentValidationException.For("culture", $"'{culture}' is not a culture name (a BCP 47 tag such as es-US).");

    /// <summary>The culture asked for by <paramref name="culture"/> or, when it is absent, by the Accept-Language header of <paramref name="http"/>.</summary>
    public static string? Of(HttpContext http, string? culture, LocalizationSettings settings) =>
        Explicit(culture) ?? FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString(), settings);

    /// <summary>The first language range of an Accept-Language header value, by quality, that covers an enabled culture; null when none does.</summary>
    public static string? FromAcceptLanguage(string? header, LocalizationSettings settings)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var ranges))
        {
            return null;
        }

        // Equal qualities keep the order given (the sort is stable).
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var name = range.Value.Value;
            if (name is null or "*")
            {
                continue;
            }

            var normalized = CultureNames.Normalize(name);
            if (normalized is not null && settings.Cultures.Any(c => c.Name == normalized || CultureNames.Language(c.Name) == CultureNames.Language(normalized)))
            {
                return normalized;
            }
        }

        return null;
    }
}
