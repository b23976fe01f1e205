using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// The clinical safety checks as a workflow <see cref="ITransitionCheck"/>: run at every transition marked
/// <c>runsChecks</c> (submit and approve in the setup recipe). In a write session the report is stored with the version
/// in the transition's transaction, so it is kept exactly when the transition happens; read sessions (the workflow
/// state screen asking what would happen) store nothing. Thread-safe.
/// </summary>
public sealed class SafetyTransitionCheck(SafetyCheckRunner runner, TimeProvider clock) : ITransitionCheck
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CheckFinding>> CheckAsync(IStoreSession session, ContentItem target, WorkflowTransition transition, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(session, target, cancellationToken);
        if (report is null)
        {
            return [];
        }

        if (session.IsWritable)
        {
            await session.Safety.AddCheckRunAsync(
                new SafetyCheckRun
                {
                    RunId = ContentIds.New(),
                    ContentItemId = target.ContentItemId,
                    ContentItemVersionId = target.ContentItemVersionId,
                    ContentHash = target.ContentHash,
                    Trigger = transition.Name,
                    RanUtc = clock.GetUtcNow(),
                    Report = report,
                },
                cancellationToken);
        }

        return report.Findings;
    }
}
