using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// What an emergency unpublish does beyond taking the published version offline, in the same transaction: every valid
/// approval of the item is voided (so no version approved before the incident can be republished on its old approval),
/// the follow-up opens, and pending scheduled publishes are cancelled. The follow-up blocks every publish of the item
/// (see <see cref="PublicationGate"/>) until a clinical reviewer signs a post-incident review.
/// </summary>
public static class EmergencyTakedown
{
    /// <summary>Applies the takedown's consequences for <paramref name="target"/> (the version just taken offline).</summary>
    public static async Task ApplyAsync(IStoreSession session, ContentItem target, WorkflowDefinition workflow, string reason, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await ApprovalVoiding.VoidAsync(session, target.ContentItemId, $"voided by the emergency unpublish: {reason}", null, workflow, actor, now, cancellationToken);
        await session.Workflow.SetFollowUpAsync(target.ContentItemId, reason, now, cancellationToken);
        foreach (var schedule in (await session.Schedules.ListForItemAsync(target.ContentItemId, cancellationToken)).Where(s => s.State == ScheduleState.Pending && s.Action == ScheduledActionKind.Publish))
        {
            await session.Schedules.CompleteAsync(schedule.ScheduleId, ScheduleState.Cancelled, $"cancelled by the emergency unpublish: {reason}", now, cancellationToken);
        }
    }
}
