using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Voids an item's valid approvals inside the caller's session (an edit voids those of unpublished content; an emergency
/// unpublish voids all): each voided approval is audited, and each version that was waiting approved gets the status
/// <see cref="WorkflowDefinition.ApprovalVoidedStatus"/>, so the version list no longer calls it approved.
/// </summary>
public static class ApprovalVoiding
{
    /// <summary>Voids the valid approvals of <paramref name="contentItemId"/> except those of <paramref name="keepHash"/>; returns them.</summary>
    public static async Task<IReadOnlyList<Approval>> VoidAsync(
        IStoreSession session, string contentItemId, string reason, string? keepHash, WorkflowDefinition? workflow, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var voided = await session.Workflow.VoidApprovalsAsync(contentItemId, reason, now, keepHash, cancellationToken);
        var approvedStatuses = workflow?.Transitions.Where(t => t.Effect is WorkflowEffect.Approve or WorkflowEffect.PostIncidentReview).Select(t => t.To).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var versionId in voided.Select(a => a.ContentItemVersionId).Distinct(StringComparer.Ordinal))
        {
            if (await session.Content.GetAsync(contentItemId, VersionSelector.ById(versionId), cancellationToken) is { Published: false } version && approvedStatuses.Contains(version.Status))
            {
                await session.Workflow.SetStatusAsync(versionId, WorkflowDefinition.ApprovalVoidedStatus, cancellationToken);
            }
        }

        foreach (var approval in voided)
        {
            await session.Audit.AppendAsync(
                new AuditEntry
                {
                    OccurredUtc = now,
                    Actor = actor.UserName,
                    Action = AuditActions.ApprovalVoided,
                    ContentItemId = contentItemId,
                    ContentItemVersionId = approval.ContentItemVersionId,
                    ContentHash = approval.ContentHash,
                    Reason = approval.VoidedReason,
                    Details = JsonSerializer.Serialize(new { approval.ApprovalId, approval.Reviewer }),
                },
                cancellationToken);
        }

        return voided;
    }
}
