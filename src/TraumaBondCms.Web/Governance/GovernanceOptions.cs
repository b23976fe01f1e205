namespace TraumaBondCms.Web.Governance;

/// <summary>The <c>Cms:Governance</c> section: the two-person rules and what may reach readers unreviewed.</summary>
public sealed class GovernanceOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Governance";

    /// <summary>
    /// For installs with one administrator only: reviewer credentials may sign without a second administrator's
    /// confirmation, and every approval, the approvals API and GraphQL say that the credential was not independently
    /// confirmed. Off by default.
    /// </summary>
    public bool SingleAdministratorMode { get; set; }

    /// <summary>
    /// How many days an account stays linked to the administrator who created it or granted its credential: linked
    /// accounts cannot approve each other's writing or publish each other's approvals. Default 30.
    /// </summary>
    public int RecentAccountDays { get; set; } = 30;

    /// <summary>
    /// Whether a recipe's sample content (a <c>Content</c> step marked <c>sample</c>) may be published unreviewed, marked
    /// as a sample in every API. Null (the default) allows it in Development only; Production never allows it (setting
    /// it there stops the start).
    /// </summary>
    public bool? PublishSamples { get; set; }
}
