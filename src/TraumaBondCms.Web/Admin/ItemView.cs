using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// One item as the item pages show it: its latest and published versions, its type and workflow, each transition with the
/// decision for the signed-in user (from <c>WorkflowService.GetOptionsAsync</c>), pending schedules and any follow-up flag.
/// </summary>
public sealed record ItemView(
    ContentItem Latest,
    ContentItem? Published,
    ContentTypeDefinition Type,
    WorkflowDefinition? Workflow,
    IReadOnlyList<(WorkflowTransition Transition, TransitionDecision Decision)> Options,
    IReadOnlyList<ScheduledAction> PendingSchedules,
    string? FollowUpReason)
{
    /// <summary>The item's id.</summary>
    public string Id => Latest.ContentItemId;

    /// <summary>The members of the item's localization set (itself and its translations), latest versions, in culture order.</summary>
    public IReadOnlyList<ContentItem> Members { get; init; } = [];

    /// <summary>For a translation: when its source published a version it does not follow (it waits for re-review); null otherwise.</summary>
    public DateTimeOffset? SourceChangedUtc { get; init; }

    /// <summary>The site's cultures, for names and the cultures an item may still be translated into.</summary>
    public Core.Localization.LocalizationSettings Cultures { get; init; } = Core.Localization.LocalizationSettings.Default;

    /// <summary>The enabled cultures the item's set has no member in yet: what it can be translated into.</summary>
    public IEnumerable<Core.Localization.CultureDefinition> Untranslated => Cultures.Cultures.Where(c => Members.All(m => m.Culture != c.Name));

    /// <summary>True when the workflow lets the latest version be edited (always, for types without a workflow).</summary>
    public bool Editable => Workflow is null || Workflow.IsEditable(Latest.Status);

    /// <summary>The transitions the user may make now: the only ones offered as buttons.</summary>
    public IEnumerable<WorkflowTransition> Allowed => Options.Where(o => o.Decision.Allowed).Select(o => o.Transition);

    /// <summary>
    /// The transitions the user's roles allow that a rule refuses now, with every reason (e.g. "you edited this version", a check
    /// error, an expired credential). Transitions refused only because the role is not theirs or the version is in another status
    /// are left out: they are not this user's next step, and listing them would bury the refusals that matter.
    /// </summary>
    public IEnumerable<(WorkflowTransition Transition, TransitionDecision Decision)> Refused(IReadOnlySet<string> roles) =>
        Options.Where(o => !o.Decision.Allowed && o.Transition.Roles.Any(roles.Contains)
            && o.Decision.Refusals.All(r => r.Rule is not ("Role" or "FromStatus" or "TargetExists" or "TransitionExists")));
}
