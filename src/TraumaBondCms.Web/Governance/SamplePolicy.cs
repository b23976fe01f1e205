using Microsoft.Extensions.Options;

namespace TraumaBondCms.Web.Governance;

/// <summary>
/// Whether unreviewed sample content may be served here: <see cref="GovernanceOptions.PublishSamples"/>, by default
/// true in Development (what <c>dotnet run</c> uses, for a newcomer's first look) and false elsewhere; never in
/// Production. Thread-safe.
/// </summary>
public sealed class SamplePolicy
{
    /// <summary>Decides the policy; throws <see cref="InvalidOperationException"/> when Production is configured to publish samples.</summary>
    public SamplePolicy(IOptions<GovernanceOptions> options, IHostEnvironment environment)
    {
        if (environment.IsProduction() && options.Value.PublishSamples == true)
        {
            throw new InvalidOperationException(
                "Cms:Governance:PublishSamples is true in Production. Sample content is not clinically reviewed and is never served to readers in Production; remove the setting.");
        }

        Allowed = !environment.IsProduction() && (options.Value.PublishSamples ?? environment.IsDevelopment());
        EnvironmentName = environment.EnvironmentName;
    }

    /// <summary>True when recipes may publish sample content unreviewed (marked as a sample).</summary>
    public bool Allowed { get; }

    /// <summary>The host environment the policy was decided for.</summary>
    public string EnvironmentName { get; }
}
