using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Workflow;

/// <summary>A workflow rule refused a transition or an edit; nothing was changed. <see cref="Decision"/> lists every reason.</summary>
public sealed class WorkflowRefusedException(TransitionDecision decision)
    : Exception(string.Join(" ", decision.Refusals.Select(r => r.Message)))
{
    /// <summary>The refused decision.</summary>
    public TransitionDecision Decision { get; } = decision;

    /// <summary>The most decisive refusal's kind (Forbidden, then Conflict, then Invalid).</summary>
    public RefusalKind Kind => Decision.Refusals[0].Kind;
}
