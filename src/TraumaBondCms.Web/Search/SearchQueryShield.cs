using Microsoft.AspNetCore.Http.Features;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Keeps search text out of every log. ASP.NET Core's hosting diagnostics log each request's full URL, query string
/// included, at Information level before any middleware runs; a log filter would depend on configuration that anyone may
/// change. So the query string of <c>/api/search</c> requests is taken off the request as it is created, before anything
/// can see it, and kept in a <see cref="ShieldedQuery"/> feature that only the search endpoint reads. Request logs, traces
/// and error handlers then only ever see the path. Wraps the host's <see cref="IHttpContextFactory"/>; thread-safe.
/// </summary>
public sealed class SearchQueryShield(IHttpContextFactory inner) : IHttpContextFactory
{
    /// <summary>The path (and everything below it) whose query strings are shielded.</summary>
    public static readonly PathString SearchPath = "/api/search";

    /// <summary>The GraphQL path: its GET query strings (which may hold <c>search(query:)</c> text) are shielded too, and given back to the endpoint by <see cref="SearchServiceCollectionExtensions.UseShieldedGraphQLQueries"/>.</summary>
    public static readonly PathString GraphQLPath = "/api/graphql";

    /// <inheritdoc />
    public HttpContext Create(IFeatureCollection featureCollection)
    {
        if (featureCollection.Get<IHttpRequestFeature>() is { } request
            && (new PathString(request.Path).StartsWithSegments(SearchPath, StringComparison.OrdinalIgnoreCase) || new PathString(request.Path).StartsWithSegments(GraphQLPath, StringComparison.OrdinalIgnoreCase)))
        {
            // Set on every search request, even without a query, so that nothing of an earlier request on the connection is read.
            featureCollection.Set(new ShieldedQuery(QueryString.FromUriComponent(request.QueryString)));
            request.QueryString = string.Empty;
            var question = request.RawTarget.IndexOf('?', StringComparison.Ordinal);
            if (question >= 0)
            {
                request.RawTarget = request.RawTarget[..question];
            }
        }

        return inner.Create(featureCollection);
    }

    /// <inheritdoc />
    public void Dispose(HttpContext httpContext) => inner.Dispose(httpContext);
}
