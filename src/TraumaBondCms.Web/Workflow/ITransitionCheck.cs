using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// A check run inside a transition's transaction, before the decision, for transitions marked
/// <see cref="WorkflowTransition.RunsChecks"/> (the clinical safety checks at submit and approve). Its findings go
/// to <see cref="WorkflowGuard"/>: errors block, warnings need an override reason to sign. An implementation may store
/// its results with the version in the same session.
/// </summary>
public interface ITransitionCheck
{
    /// <summary>Checks <paramref name="target"/> before <paramref name="transition"/>; returns the findings (empty when all is well).</summary>
    Task<IReadOnlyList<CheckFinding>> CheckAsync(IStoreSession session, ContentItem target, WorkflowTransition transition, CancellationToken cancellationToken);
}
