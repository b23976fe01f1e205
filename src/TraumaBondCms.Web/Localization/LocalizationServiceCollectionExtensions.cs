using TraumaBondCms.Web.Recipes;

namespace TraumaBondCms.Web.Localization;

/// <summary>Registers localization: the cultures in memory, the <c>Localization</c> recipe step and translations.</summary>
public static class LocalizationServiceCollectionExtensions
{
    /// <summary>Adds the localization services.</summary>
    public static IServiceCollection AddCmsLocalization(this IServiceCollection services)
    {
        services.AddSingleton<LocalizationCatalog>();
        services.AddSingleton<IRecipeStep, LocalizationStep>();
        services.AddSingleton<TranslationService>();
        return services;
    }
}
