using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Diff;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// What reviewers compare and editors roll back: field-by-field diffs between any two versions, "since the last
/// approved version" and "since the published version" in one call each, and restoring an old version as a new draft.
/// </summary>
public sealed class VersionService(ICmsStore store, ContentDefinitionCache definitions, WorkflowCatalog workflows, PublicationGate gate, TimeProvider clock)
{
    /// <summary>The diff from version <paramref name="from"/> to version <paramref name="to"/> (numbers; null <paramref name="to"/> is the latest).</summary>
    public async Task<VersionDiff> CompareAsync(string contentItemId, int from, int? to, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Comparing versions");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var older = await GetAsync(session, contentItemId, VersionSelector.ByNumber(from), cancellationToken);
        var newer = await GetAsync(session, contentItemId, to is { } n ? VersionSelector.ByNumber(n) : VersionSelector.Latest, cancellationToken);
        return Diff(older, newer);
    }

    /// <summary>The changes from the newest version a clinician signed (valid or since voided) to the latest version.</summary>
    public async Task<VersionDiff> SinceApprovedAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Comparing versions");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var latest = await GetAsync(session, contentItemId, VersionSelector.Latest, cancellationToken);
        var approval = (await session.Workflow.GetApprovalsAsync(contentItemId, cancellationToken)).FirstOrDefault(a => a.IsClinical);
        var approved = approval is null ? null : await session.Content.GetAsync(contentItemId, VersionSelector.ById(approval.ContentItemVersionId), cancellationToken);
        return Diff(approved, latest);
    }

    /// <summary>The changes from the published version to the latest version.</summary>
    public async Task<VersionDiff> SincePublishedAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Comparing versions");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var latest = await GetAsync(session, contentItemId, VersionSelector.Latest, cancellationToken);
        var published = await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken);
        return Diff(published, latest);
    }

    /// <summary>Saves the fields of version <paramref name="number"/> as a new draft version (which voids unpublished approvals, like any edit).</summary>
    public async Task<ContentItem> RestoreAsync(string contentItemId, int number, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var old = await GetAsync(session, contentItemId, VersionSelector.ByNumber(number), cancellationToken);
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        var restored = await writer.UpdateAsync(contentItemId, JsonSerializer.SerializeToElement(old.Fields), ifMatch, actor, cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = AuditActions.ContentRestored,
                ContentItemId = contentItemId,
                ContentItemVersionId = restored.ContentItemVersionId,
                ContentHash = restored.ContentHash,
                Reason = $"restored version {number}",
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        return restored;
    }

    private VersionDiff Diff(ContentItem? from, ContentItem to) =>
        new(from, to, ContentDiff.Compare(definitions.Catalog.Get(to.ContentType), from?.Fields ?? ContentFields.Empty, to.Fields));

    private static async Task<ContentItem> GetAsync(IStoreSession session, string contentItemId, VersionSelector selector, CancellationToken cancellationToken) =>
        await session.Content.GetAsync(contentItemId, selector, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId, selector.Kind == VersionKind.Latest ? null : selector.ToString());

    private static void Require(CmsActor actor, string permission, string operation)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, operation);
        }
    }
}
