using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Http;

/// <summary>Maps a GraphQL-over-HTTP endpoint (see <see cref="GraphQLHttpHandler"/>) in an ASP.NET Core application.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="pattern"/> for every HTTP method (the handler answers 405 itself), with the
    /// schema <paramref name="schemaProvider"/> gives each request. Resolver exceptions are logged through the
    /// category <c>TraumaBondCms.GraphQL</c> unless the options set their own hook.
    /// </summary>
    /// <example><code>
    /// var schemas = new SwappableSchemaProvider(schema);
    /// app.MapGraphQL("/api/graphql", schemas, new GraphQLHttpOptions { RequestContextFactory = http => new(http.User) });
    /// schemas.Swap(rebuiltSchema);   // later, when content definitions change
    /// </code></example>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, ISchemaProvider schemaProvider, GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(schemaProvider);
        options ??= new GraphQLHttpOptions();
        if (options.Executor.OnUnhandledException is null && endpoints.ServiceProvider.GetService<ILoggerFactory>() is { } loggers)
        {
            var logger = loggers.CreateLogger("TraumaBondCms.GraphQL");
            options = options with
            {
                Executor = options.Executor with
                {
                    OnUnhandledException = (exception, error) =>
                        logger.LogError(exception, "A resolver failed at {Path}.", error.Path is null ? "(no path)" : string.Join('.', error.Path)),
                },
            };
        }

        var handler = new GraphQLHttpHandler(schemaProvider, options);
        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }

    /// <summary>Serves GraphQL at <paramref name="pattern"/> with one fixed schema.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, Schema schema, GraphQLHttpOptions? options = null) =>
        MapGraphQL(endpoints, pattern, new SwappableSchemaProvider(schema), options);
}
