using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// Everything <see cref="WorkflowGuard"/> needs to decide one transition, gathered by the caller inside the
/// transaction that will make the change (so the decision and the change see the same state).
/// </summary>
public sealed record TransitionContext
{
    /// <summary>The workflow the item's type follows.</summary>
    public required WorkflowDefinition Workflow { get; init; }

    /// <summary>The transition asked for, by name.</summary>
    public required string TransitionName { get; init; }

    /// <summary>The target version's id; null when the target does not exist (e.g. nothing is published).</summary>
    public string? TargetVersionId { get; init; }

    /// <summary>The target version's status.</summary>
    public string? TargetStatus { get; init; }

    /// <summary>The target version's content hash.</summary>
    public string? TargetHash { get; init; }

    /// <summary>The version the caller says they acted on (a version id); null when not given.</summary>
    public string? ExpectedVersionId { get; init; }

    /// <summary>The acting user's name; null for the system.</summary>
    public string? ActorUserName { get; init; }

    /// <summary>The acting user's roles; the system actor passes every role.</summary>
    public required IReadOnlySet<string> ActorRoles { get; init; }

    /// <summary>The acting user's reviewer credential; null when they have none.</summary>
    public ReviewerCredential? ActorCredential { get; init; }

    /// <summary>The culture of the target version (e.g. <c>es-US</c>); null when there is no target.</summary>
    public string? TargetCulture { get; init; }

    /// <summary>The site's default culture: a credential that lists no languages reviews in its language.</summary>
    public string DefaultCulture { get; init; } = Localization.CultureNames.BuiltInDefault;

    /// <summary>True when a second administrator confirmed the actor's current credential (two-person rule).</summary>
    public bool ActorCredentialConfirmed { get; init; }

    /// <summary>
    /// True when the site runs in single-administrator mode: unconfirmed credentials may sign, and every approval and
    /// GraphQL review says the credential was not independently confirmed.
    /// </summary>
    public bool SingleAdministratorMode { get; init; }

    /// <summary>Accounts linked to the actor (see <see cref="Security.AccountLinks"/>): none of them may have written a version the actor signs.</summary>
    public IReadOnlySet<string> LinkedAccounts { get; init; } = new HashSet<string>();

    /// <summary>For publishing: the rules a publish must pass besides an approval of the exact hash (follow-up, channel verification, linked approver), each a refusal.</summary>
    public IReadOnlyList<TransitionRefusal> PublicationRefusals { get; init; } = [];

    /// <summary>For a post-incident review: true while the item's emergency follow-up is open.</summary>
    public bool FollowUpOpen { get; init; }

    /// <summary>Today's date, for credential expiry.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The users who wrote any version since the last approved one, up to the target: none of them may approve it.</summary>
    public IReadOnlySet<string> Contributors { get; init; } = new HashSet<string>();

    /// <summary>True when a valid (not voided) approval of <see cref="TargetHash"/> exists.</summary>
    public bool TargetHashApproved { get; init; }

    /// <summary>True when the caller gave a non-blank comment (or the version already has an open comment, for requesting changes).</summary>
    public bool CommentGiven { get; init; }

    /// <summary>True when the caller gave a non-blank reason.</summary>
    public bool ReasonGiven { get; init; }

    /// <summary>Findings of the checks run before this transition (empty when it runs none).</summary>
    public IReadOnlyList<CheckFinding> Findings { get; init; } = [];

    /// <summary>True when the caller gave a reason for signing despite warnings.</summary>
    public bool OverrideReasonGiven { get; init; }

    /// <summary>For signatures: whether the password the caller re-entered (and their second factor's code, when they have one) is right; null when none was given.</summary>
    public bool? PasswordVerified { get; init; }

    /// <summary>For signatures: what is missing or wrong about the signer's second factor; null when nothing is.</summary>
    public string? SignatureProblem { get; init; }
}
