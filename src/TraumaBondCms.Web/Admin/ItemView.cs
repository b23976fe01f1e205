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

    /// <summary>True when the workflow lets the latest version be edited (always, for types without a workflow).</summary>
    public bool Editable => Workflow is null || Workflow.EditableIn.Contains(Latest.Status, StringComparer.Ordinal);

    /// <summary>The transitions the user may make now: the only ones offered as buttons.</summary>
    public IEnumerable<WorkflowTransition> Allowed => Options.Where(o => o.Decision.Allowed).Select(o => o.Transition);

    /// <summary>
    /// The transitions the user's roles allow that are refused now, with every reason (e.g. "you edited this version"); transitions
    /// refused only because the role is not theirs are left out, as they are never theirs to make.
    /// </summary>
    public IEnumerable<(WorkflowTransition Transition, TransitionDecision Decision)> Refused(IReadOnlySet<string> roles) =>
        Options.Where(o => !o.Decision.Allowed && o.Transition.Roles.Any(roles.Contains));
}
