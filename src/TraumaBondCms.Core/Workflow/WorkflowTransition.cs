namespace TraumaBondCms.Core.Workflow;

/// <summary>One allowed move in a workflow: from any of <see cref="From"/> to <see cref="To"/>, by any of <see cref="Roles"/>.</summary>
public sealed record WorkflowTransition
{
    /// <summary>The transition's name, used in URLs and the audit log (e.g. <c>submit</c>, <c>approve</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The label on the button; defaults to the name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The statuses the target version may be in.</summary>
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>The status the target version moves to.</summary>
    public required string To { get; init; }

    /// <summary>The roles allowed to make the move; empty means nobody (a system-only transition).</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>What the move does beyond the status change.</summary>
    public WorkflowEffect Effect { get; init; } = WorkflowEffect.None;

    /// <summary>Which version it acts on.</summary>
    public WorkflowTarget Target { get; init; } = WorkflowTarget.Latest;

    /// <summary>A comment must be given (always true for <see cref="WorkflowEffect.RequestChanges"/>).</summary>
    public bool RequiresComment { get; init; }

    /// <summary>A reason must be given (always true for <see cref="WorkflowEffect.EmergencyUnpublish"/> and <see cref="WorkflowEffect.PostIncidentReview"/>).</summary>
    public bool RequiresReason { get; init; }

    /// <summary>The checks registered for the item's type (e.g. clinical safety checks) run before this transition.</summary>
    public bool RunsChecks { get; init; }

    /// <summary>The label to show.</summary>
    public string Label => DisplayName ?? Name;

    /// <summary>True when the move needs the actor's password re-entered as a signature.</summary>
    public bool IsSignature => Effect is WorkflowEffect.Approve or WorkflowEffect.RenewReview or WorkflowEffect.PostIncidentReview;

    /// <summary>True when a comment is needed, by setting or by effect.</summary>
    public bool NeedsComment => RequiresComment || Effect == WorkflowEffect.RequestChanges;

    /// <summary>True when a reason is needed, by setting or by effect.</summary>
    public bool NeedsReason => RequiresReason || Effect is WorkflowEffect.EmergencyUnpublish or WorkflowEffect.PostIncidentReview;
}
