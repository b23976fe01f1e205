using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Web.Media;

/// <summary>Registers the media library: the file store named by <c>Cms:Media:Store</c>, libvips processing, the variant cache, the <c>Media</c> recipe step.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>Adds the media library's services.</summary>
    public static IServiceCollection AddCmsMedia(this IServiceCollection services)
    {
        services.AddSingleton<IMediaStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CmsOptions>>().Value.Media;
            return options.Store.ToLowerInvariant() switch
            {
                "filesystem" => new FileSystemMediaStore(Path.Combine(sp.GetRequiredService<CmsPaths>().DataPath, "media")),
                "s3" => new S3MediaStore(options.S3),
                _ => throw new InvalidOperationException($"Cms:Media:Store is '{options.Store}'; expected FileSystem or S3."),
            };
        });
        services.AddSingleton<NetVipsImageProcessor>();
        services.AddSingleton(sp => new MediaVariantCache(
            Path.Combine(sp.GetRequiredService<CmsPaths>().DataPath, "media-cache"),
            sp.GetRequiredService<IMediaStore>(),
            sp.GetRequiredService<NetVipsImageProcessor>()));
        services.AddSingleton<PublishedMediaIndex>();
        services.AddSingleton<MediaService>();
        services.AddSingleton<Recipes.IRecipeStep, MediaStep>();
        services.AddSingleton<GraphQL.SchemaGeneration.IContentSchemaContributor, MediaSchemaContributor>();
        return services;
    }
}
