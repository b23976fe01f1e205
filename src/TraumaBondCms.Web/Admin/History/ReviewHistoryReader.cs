using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.History;

/// <summary>
/// Reads an item's review history (<see cref="ReviewHistoryBuilder"/>) in one read session: its audit entries (the newest
/// <see cref="MaxEntries"/>), approvals, comments and versions. Anyone who may see drafts may read an item's record: editors
/// and reviewers need it, not only the administrators who read the whole audit log. Thread-safe.
/// </summary>
public sealed class ReviewHistoryReader(ICmsStore store, WorkflowService workflow, Signing.ApprovalSignatures signatures)
{
    /// <summary>The most audit entries of one item read; older events are then left to the audit log.</summary>
    public const int MaxEntries = 500;

    /// <summary>The history of <paramref name="contentItemId"/>; throws <see cref="ContentNotFoundException"/> for an unknown item.</summary>
    public async Task<ReviewHistory> ReadAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading an item's review history");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        var entries = await session.Audit.QueryAsync(new AuditQuery { ContentItemId = contentItemId, Limit = MaxEntries }, cancellationToken);
        var events = ReviewHistoryBuilder.Build(
            entries,
            await session.Workflow.GetApprovalsAsync(contentItemId, cancellationToken),
            await session.Comments.ListAsync(contentItemId, null, cancellationToken),
            await session.Content.GetVersionsAsync(contentItemId, cancellationToken),
            workflow.WorkflowOf(latest.ContentType),
            signatures.Verify);
        return new ReviewHistory(events, entries.Count == MaxEntries);
    }
}
