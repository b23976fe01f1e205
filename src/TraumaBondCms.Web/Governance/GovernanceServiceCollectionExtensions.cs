using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Governance;

/// <summary>Registers clinical governance: the signing keys, signed approvals, the publication gate, credential vouching and the sample policy.</summary>
public static class GovernanceServiceCollectionExtensions
{
    /// <summary>Adds the governance services and binds <c>Cms:Governance</c> and <c>Cms:Signing</c>.</summary>
    public static IServiceCollection AddCmsGovernance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GovernanceOptions>().Bind(configuration.GetSection(GovernanceOptions.Section));
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section));
        services.AddSingleton<SamplePolicy>();
        services.AddSingleton<SampleWithdrawal>();
        services.AddSingleton<ServerSigningKeys>();
        services.AddSingleton<ApprovalSignatures>();
        services.AddSingleton<RecordSignatures>();
        services.AddSingleton<ApprovalIssuer>();
        services.AddSingleton<PublicationGate>();
        services.AddSingleton<Recipes.ContentArrival>();
        services.AddSingleton<Users.CredentialConfirmationService>();
        services.AddSingleton<Transfer.ContentExporter>();
        return services;
    }
}
