using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Content;

/// <summary>
/// The application service behind the content endpoints: each write is one call and one transaction
/// (<see cref="ContentWriter"/>); reads enforce who may see drafts. Direct publishes and unpublishes (types without a
/// workflow) record their content events in that transaction, as <see cref="Workflow.WorkflowService"/> does. Thread-safe.
/// </summary>
public sealed class ContentService(ICmsStore store, ContentDefinitionCache definitions, Workflow.WorkflowCatalog workflows, Workflow.WorkflowService workflow, Workflow.PublicationGate gate, IEnumerable<Workflow.IContentEventSink> sinks, TimeProvider clock)
{
    /// <summary>Reads one version of an item; drafts and old versions need <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<ContentItem> GetAsync(string contentItemId, VersionSelector selector, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (selector.Kind != VersionKind.Published)
        {
            RequireViewDrafts(actor);
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Content.GetAsync(contentItemId, selector, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId, selector.Kind == VersionKind.Latest ? null : selector.ToString());
    }

    /// <summary>Every version of an item, oldest first; needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var item = await session.Content.GetItemAsync(contentItemId, cancellationToken);
        if (item is null || item.DeletedUtc is not null)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        return await session.Content.GetVersionsAsync(contentItemId, cancellationToken);
    }

    /// <summary>
    /// Every version of an item, oldest first, each with a note when its status alone could mislead (an approval voided by
    /// an edit or an emergency unpublish); needs <see cref="Permissions.ViewDrafts"/>.
    /// </summary>
    public async Task<IReadOnlyList<(ContentItem Version, string? Note)>> GetHistoryAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var versions = await GetVersionsAsync(contentItemId, actor, cancellationToken);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var voided = (await session.Workflow.GetApprovalsAsync(contentItemId, cancellationToken)).Where(a => !a.IsValid).ToLookup(a => a.ContentItemVersionId, StringComparer.Ordinal);
        return versions.Select(v => (v, v.Status == Core.Workflow.WorkflowDefinition.ApprovalVoidedStatus && voided[v.ContentItemVersionId].FirstOrDefault() is { } approval
            ? approval.VoidedReason?.StartsWith("edited by ", StringComparison.Ordinal) == true
                ? $"Approval voided by edit: {approval.VoidedReason}."
                : $"Approval voided: {approval.VoidedReason}."
            : null)).ToList();
    }

    /// <summary>Lists items; anything but published versions needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<ContentPage> ListAsync(ContentQuery query, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (query.Status != ContentStatusFilter.Published)
        {
            RequireViewDrafts(actor);
        }

        foreach (var type in query.ContentTypes ?? [])
        {
            _ = definitions.Catalog.Get(type);
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Content.QueryAsync(query, cancellationToken);
    }

    /// <summary>Creates an item as a draft, in <paramref name="culture"/> (null: the site's default culture).</summary>
    public Task<ContentItem> CreateAsync(string contentType, JsonElement fields, CmsActor actor, CancellationToken cancellationToken = default, string? culture = null) =>
        WriteAsync(w => w.CreateAsync(contentType, fields, actor, culture: culture is null ? null : new Localization.NewItemCulture(culture), cancellationToken: cancellationToken), cancellationToken);

    /// <summary>
    /// Replaces the fields of an item's latest version by saving a new version; for a translation, <paramref name="sourceVersionId"/>
    /// names the source version it was brought up to date with (null: unchanged).
    /// </summary>
    public Task<ContentItem> UpdateAsync(string contentItemId, JsonElement fields, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default, string? sourceVersionId = null) =>
        WriteAsync(w => w.UpdateAsync(contentItemId, fields, ifMatch, actor, cancellationToken, sourceVersionId), cancellationToken);

    /// <summary>Merges changed fields into the latest version and saves a new version (<paramref name="sourceVersionId"/>: see <see cref="UpdateAsync"/>).</summary>
    public Task<ContentItem> PatchAsync(string contentItemId, JsonElement patch, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default, string? sourceVersionId = null) =>
        WriteAsync(w => w.PatchAsync(contentItemId, patch, ifMatch, actor, cancellationToken, sourceVersionId), cancellationToken);

    /// <summary>
    /// Publishes the latest version: through the type's workflow (its Publish transition, with every rule) when it has
    /// one, directly otherwise. <paramref name="ifMatch"/> names the version the caller means.
    /// </summary>
    public async Task<ContentItem> PublishAsync(string contentItemId, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (await TransitionForAsync(contentItemId, Core.Workflow.WorkflowEffect.Publish, cancellationToken) is { } transition)
        {
            var versionId = ifMatch is null or "*" ? null : ifMatch.Trim('"');
            return (await workflow.TransitionAsync(contentItemId, transition, new Workflow.TransitionInput { VersionId = versionId }, actor, cancellationToken)).Version;
        }

        return await WriteAsync(async (w, session) =>
        {
            // Publishing the version that is already live changes nothing, so it is no event.
            var before = await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken);
            var published = await w.PublishAsync(contentItemId, ifMatch, actor, cancellationToken);
            if (published.ContentItemVersionId != before?.ContentItemVersionId)
            {
                await RecordEventAsync(session, Workflow.ContentEvents.Published, published, actor, cancellationToken);
            }

            return published;
        }, cancellationToken);
    }

    /// <summary>Takes the published version offline (through the workflow when the type has one); null when nothing was published.</summary>
    public async Task<ContentItem?> UnpublishAsync(string contentItemId, string? reason, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (await TransitionForAsync(contentItemId, Core.Workflow.WorkflowEffect.Unpublish, cancellationToken) is { } transition)
        {
            return (await workflow.TransitionAsync(contentItemId, transition, new Workflow.TransitionInput { Reason = reason }, actor, cancellationToken)).Version;
        }

        return await WriteAsync(async (w, session) =>
        {
            var unpublished = await w.UnpublishAsync(contentItemId, reason, actor, cancellationToken);
            if (unpublished is not null)
            {
                await RecordEventAsync(session, Workflow.ContentEvents.Unpublished, unpublished, actor, cancellationToken);
            }

            return unpublished;
        }, cancellationToken);
    }

    private async Task<string?> TransitionForAsync(string contentItemId, Core.Workflow.WorkflowEffect effect, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        return workflow.TransitionWithEffect(latest.ContentType, effect)?.Name;
    }

    /// <summary>Soft-deletes an item.</summary>
    public Task DeleteAsync(string contentItemId, string? ifMatch, string? reason, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(async w =>
        {
            await w.DeleteAsync(contentItemId, ifMatch, reason, actor, cancellationToken);
            return true;
        }, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ContentWriter, Task<T>> change, CancellationToken cancellationToken) =>
        WriteAsync((w, _) => change(w), cancellationToken);

    private async Task<T> WriteAsync<T>(Func<ContentWriter, IStoreSession, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var result = await change(new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock), session);
        await session.CommitAsync(cancellationToken);
        return result;
    }

    private async Task RecordEventAsync(IStoreSession session, string name, ContentItem version, CmsActor actor, CancellationToken cancellationToken)
    {
        var contentEvent = new Workflow.ContentEvent(name, version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, version.ContentHash, actor.UserName, clock.GetUtcNow());
        foreach (var sink in sinks)
        {
            await sink.RecordAsync(session, contentEvent, cancellationToken);
        }
    }

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading drafts and version history");
        }
    }
}
