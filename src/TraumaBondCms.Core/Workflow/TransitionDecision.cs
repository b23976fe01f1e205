namespace TraumaBondCms.Core.Workflow;

/// <summary>The answer to "may this actor make this transition on this version now": allowed, or every reason why not, most decisive first.</summary>
public sealed record TransitionDecision(WorkflowTransition? Transition, IReadOnlyList<TransitionRefusal> Refusals)
{
    /// <summary>True when no rule refused.</summary>
    public bool Allowed => Refusals.Count == 0;
}
