using Microsoft.Extensions.Options;
using TraumaBondCms.Web.GraphQL.Http;
using TraumaBondCms.Web.GraphQL.Preview;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;

namespace TraumaBondCms.Web.GraphQL;

/// <summary>Registers the content GraphQL API: options from <c>Cms:GraphQL</c>, the schema, the published snapshot, preview tokens and CORS.</summary>
public static class ContentGraphQLServiceCollectionExtensions
{
    /// <summary>Adds the content GraphQL services; called from <c>AddCmsCore</c>. Add fields with <see cref="IContentSchemaContributor"/> registrations.</summary>
    public static IServiceCollection AddContentGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentGraphQLOptions>().Bind(configuration.GetSection(ContentGraphQLOptions.Section))
            .Validate(o => o.MaxPageSize is >= 1 and <= 500 && o.DefaultPageSize >= 1 && o.DefaultPageSize <= o.MaxPageSize, "Cms:GraphQL:DefaultPageSize and MaxPageSize must be 1 to 500, the default not above the maximum.")
            .Validate(o => o.MaxDepth >= 1 && o.MaxAliases >= 0 && o.MaxCost >= 1 && o.AssumedListSize >= 1 && o.MaxResponseBytes >= 1024, "Cms:GraphQL limits must be positive.")
            .Validate(o => o.ResponseCacheEntries >= 0 && o.ResponseCacheBytes >= 0 && o.SnapshotRecheckInterval >= TimeSpan.Zero, "Cms:GraphQL:ResponseCacheEntries, ResponseCacheBytes and SnapshotRecheckInterval cannot be negative.")
            .Validate(o => o.DefaultPreviewTokenLifetime > TimeSpan.Zero && o.DefaultPreviewTokenLifetime <= o.MaxPreviewTokenLifetime, "Cms:GraphQL:DefaultPreviewTokenLifetime must be positive and within MaxPreviewTokenLifetime.")
            .ValidateOnStart();
        services.AddSingleton<ContentSchemaFactory>();
        services.AddSingleton<ContentSchemaProvider>();
        services.AddSingleton<PublishedGenerationGate>();
        services.AddSingleton<PublishedResponseCache>();
        services.AddSingleton<PreviewTokenService>();
        services.AddSingleton<Admin.IPreviewTokenIssuer, AdminPreviewTokenIssuer>();
        services.AddSingleton<ContentGraphQLHttpHandler>();
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<ContentGraphQLOptions>>((cors, graphql) =>
            cors.AddPolicy(ContentGraphQLEndpoints.CorsPolicy, policy =>
            {
                var origins = graphql.Value.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                // Front ends send no cookies: anonymous reads, preview tokens and bearer tokens travel in headers.
                policy.WithMethods("GET", "POST")
                    .WithHeaders("Content-Type", "Accept", "Authorization", PreviewTokenService.HeaderName)
                    .WithExposedHeaders("ETag")
                    .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
            }));
        return services;
    }
}
