using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// <c>GET /api/search?q=&amp;type=&amp;topic=&amp;first=&amp;after=&amp;scope=public|editorial&amp;region=</c> (anonymous for the public
/// index; the editorial index needs ViewDrafts) and <c>GET /api/search/zero-results</c> (ManageSettings). Parameters are
/// read from the <see cref="ShieldedQuery"/>, never from the request's own query string, which is empty by then.
/// </summary>
public static class SearchEndpoints
{
    private const int MaxFilterValues = 20;

    /// <summary>Maps the search endpoints.</summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        var search = app.MapGroup(SearchQueryShield.SearchPath.Value!).WithTags("Search");
        search.MapGet("/", SearchAsync);
        search.MapGet("/zero-results", ZeroResultsAsync).RequireAuthorization(Permissions.ManageSettings);
        return app;
    }

    /// <summary>Reads and checks the search parameters; throws <see cref="SearchParameterException"/> naming the first bad one.</summary>
    public static SearchInput Read(QueryString queryString, SearchOptions options)
    {
        var parameters = QueryHelpers.ParseQuery(queryString.Value);
        var q = Single(parameters, "q");
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new SearchParameterException("q", "q is required: the words to search for.");
        }

        if (q.Length > options.MaxQueryLength)
        {
            throw new SearchParameterException("q", $"q is at most {options.MaxQueryLength} characters.");
        }

        var topics = List(parameters, "topic");
        if (topics.FirstOrDefault(t => !Slugs.IsValid(t)) is { } badTopic)
        {
            throw new SearchParameterException("topic", $"topic '{badTopic}' is not a topic slug (lower-case words joined by '-').");
        }

        var first = 10;
        if (Single(parameters, "first") is { } firstText && (!int.TryParse(firstText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out first) || first is < 1 or > SearchInput.MaxFirst))
        {
            throw new SearchParameterException("first", $"first is a whole number from 1 to {SearchInput.MaxFirst}.");
        }

        var scope = Single(parameters, "scope")?.ToLowerInvariant() switch
        {
            null or "" or "public" => SearchScope.Public,
            "editorial" => SearchScope.Editorial,
            _ => throw new SearchParameterException("scope", "scope is 'public' (published content) or 'editorial' (latest versions, needs ViewDrafts)."),
        };
        var after = Single(parameters, "after") is { Length: > 0 } cursor ? SearchCursor.Decode(cursor) : null;
        var region = Single(parameters, "region") is { Length: > 0 } given ? CheckRegion(given) : null;
        var culture = Single(parameters, "culture") is { Length: > 0 } asked ? CheckCulture(asked) : null;
        return new SearchInput { Query = q, ContentTypes = List(parameters, "type"), Topics = topics, First = first, After = after, Scope = scope, Region = region, Culture = culture };
    }

    /// <summary>
    /// A region as crisis routing reads it (ISO 3166: <c>US</c>, <c>US-CA</c>, <c>GB</c>); throws <see cref="SearchParameterException"/>
    /// for anything else, so a typo is reported rather than quietly routed to the global fallback.
    /// </summary>
    public static string CheckRegion(string region) =>
        Core.Safety.RegionCode.TryParse(region, out _) is { } code
            ? code.Code
            : throw new SearchParameterException("region", "region is an ISO 3166 country or subdivision code, such as US, US-CA or GB.");

    /// <summary>A culture name as search reads it (BCP 47, e.g. <c>es-MX</c>); throws <see cref="SearchParameterException"/> for anything else.</summary>
    public static string CheckCulture(string culture) =>
        Core.Localization.CultureNames.Normalize(culture) ?? throw new SearchParameterException("culture", "culture is a BCP 47 culture name, such as es-US or en-US.");

    private static async Task<Ok<SearchResponse>> SearchAsync(
        HttpContext http, SearchService service, Workflow.ReviewService reviews, RoleCatalog roles, Localization.LocalizationCatalog localization, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        // Without the shield (a host that replaced the context factory) the query string is still on the request.
        var input = Read(http.Features.Get<ShieldedQuery>()?.QueryString ?? http.Request.QueryString, options.Value);
        if (input.Culture is null)
        {
            // A reader who names no culture is read in the language their browser asks for.
            http.Response.Headers.Vary = "Accept-Language";
            input = input with { Culture = Localization.RequestCulture.FromAcceptLanguage(http.Request.Headers.AcceptLanguage.ToString(), localization.Settings) };
        }

        var response = await service.SearchAsync(input, CmsActor.From(http.User, roles), cancellationToken);
        if (input.Scope != SearchScope.Public)
        {
            return TypedResults.Ok(response);
        }

        // Readers are told which hits are unreviewed samples, as in every other API.
        var samples = await reviews.SamplesAmongAsync(response.Hits.Select(h => h.ContentItemId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return TypedResults.Ok(response with { Hits = response.Hits.Select(h => samples.Contains(h.ContentItemId) ? h with { Sample = true } : h).ToList() });
    }

    private static async Task<Ok<ZeroResultsResponse>> ZeroResultsAsync(ZeroResultAnalytics analytics, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ZeroResultsResponse(analytics.Enabled, analytics.MinimumCount, await analytics.ListAsync(cancellationToken)));

    private static string? Single(Dictionary<string, StringValues> parameters, string name) =>
        !parameters.TryGetValue(name, out var values) ? null
        : values.Count == 1 ? values[0]
        : throw new SearchParameterException(name, $"{name} is given {values.Count} times; give it once.");

    private static string[] List(Dictionary<string, StringValues> parameters, string name)
    {
        var values = parameters.TryGetValue(name, out var given)
            ? given.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToArray()
            : [];
        return values.Length <= MaxFilterValues ? values : throw new SearchParameterException(name, $"{name} takes at most {MaxFilterValues} values.");
    }
}
