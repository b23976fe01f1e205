using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Safety;

/// <summary>Registers the clinical safety checks, resource verification and crisis routing.</summary>
public static class SafetyServiceCollectionExtensions
{
    /// <summary>The safety services, the workflow check and the <c>SafetyRules</c> recipe step.</summary>
    public static IServiceCollection AddCmsSafety(this IServiceCollection services)
    {
        services.AddSingleton<SafetyCheckRunner>();
        services.AddSingleton<ITransitionCheck, SafetyTransitionCheck>();
        services.AddSingleton<SafetyCheckService>();
        services.AddSingleton<ResourceVerificationService>();
        services.AddSingleton<CrisisRoutingService>();
        services.AddSingleton<IRecipeStep, SafetyRulesStep>();
        return services;
    }
}
