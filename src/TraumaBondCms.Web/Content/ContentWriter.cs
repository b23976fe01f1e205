using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Localization;
using TraumaBondCms.Web.Search;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Content;

/// <summary>
/// The content state changes, inside one write session: validate, check references and slugs, write the
/// version, its index rows, its search document and its audit entry. The caller commits. Used by <see cref="ContentService"/>
/// (one request, one transaction), by the workflow service and by recipes (one recipe, one transaction).
/// Edits follow the type's workflow: a new version starts in the workflow's initial status, editing is refused
/// in statuses the workflow does not list as editable, and any edit voids approvals of unpublished content. Publishing
/// passes the <see cref="PublicationGate"/> first, whoever calls: it is the one way a version reaches readers.
/// </summary>
public sealed class ContentWriter(IStoreSession session, ContentDefinitionCatalog catalog, IReadOnlyCollection<WorkflowDefinition> workflows, PublicationGate gate, TimeProvider clock)
{
    /// <summary>The workflow items of <paramref name="type"/> follow; null when none.</summary>
    public WorkflowDefinition? WorkflowOf(ContentTypeDefinition type) =>
        type.Workflow is { } name ? workflows.FirstOrDefault(w => w.Name == name) ?? throw new InvalidOperationException($"Workflow '{name}' is not defined.") : null;

    /// <summary>
    /// Creates an item; <paramref name="contentItemId"/> null generates an id, and so does <paramref name="contentItemVersionId"/>
    /// (given when content moves between instances, so that the signatures over the version id still hold).
    /// <paramref name="culture"/> places it among the site's cultures (null: the default culture), or makes it a
    /// translation of another item (<see cref="ItemCultures"/>).
    /// </summary>
    public async Task<ContentItem> CreateAsync(string contentType, JsonElement fields, CmsActor actor, string? contentItemId = null, string? contentItemVersionId = null, NewItemCulture? culture = null, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Creating content");
        var type = catalog.Get(contentType);
        var id = contentItemId ?? ContentIds.New();
        if (!ContentIds.IsWellFormed(id) || contentItemVersionId is { } v && !ContentIds.IsWellFormed(v))
        {
            throw ContentValidationException.For(ContentIds.IsWellFormed(id) ? "contentItemVersionId" : "contentItemId", "An id is 1–64 letters, digits, '-' or '_'.");
        }

        if (await session.Content.GetItemAsync(id, cancellationToken) is not null)
        {
            throw ContentValidationException.For("contentItemId", $"Content item id '{id}' is already used.");
        }

        var content = ContentFieldValidator.Validate(type, fields, applyDefaults: true);
        var (itemCulture, set, source, sourceVersion) = await ItemCultures.ResolveAsync(session, type.Name, culture, cancellationToken);
        var chain = await ItemCultures.ChainAsync(session, itemCulture, cancellationToken);
        await CheckReferencesAndSlugAsync(content, id, chain, cancellationToken);
        var now = clock.GetUtcNow();
        var version = NewVersion(content, id, contentItemVersionId ?? ContentIds.New(), 1, actor.AuditName, actor.AuditName, now, now) with
        {
            Status = WorkflowOf(type)?.InitialStatus ?? "Draft",
            Culture = itemCulture,
            LocalizationSet = set ?? id,
            TranslationOf = source,
            SourceVersionId = sourceVersion,
        };
        await session.Content.CreateAsync(version, IndexedFieldValue.For(type, content.Fields), await SearchDocuments.BuildAsync(session, type, content.Fields, version.DisplayText, chain, cancellationToken), cancellationToken);
        await Media.MediaReferences.RecordAsync(session, version.ContentItemVersionId, content, cancellationToken);
        await AuditAsync(AuditActions.ContentCreated, version, actor, null, cancellationToken);
        return version;
    }

    /// <summary>
    /// Saves new field values as a new latest version (the published version, if any, stays live). Values equal to the
    /// latest version's change nothing and return it. <paramref name="ifMatch"/> null skips the concurrency check.
    /// </summary>
    /// <remarks>
    /// For a translation, <paramref name="sourceVersionId"/> names the version of its source the new version was brought up to
    /// date with (null keeps the one the latest version follows); naming another one is a change even when the fields are not.
    /// </remarks>
    public async Task<ContentItem> UpdateAsync(string contentItemId, JsonElement fields, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default, string? sourceVersionId = null)
    {
        Require(actor, Permissions.EditContent, "Editing content");
        return await SaveOverAsync(await GetLatestAsync(contentItemId, ifMatch, cancellationToken), fields, null, actor, cancellationToken, sourceVersionId);
    }

    /// <summary>
    /// Saves fields from another instance over the latest version as version <paramref name="contentItemVersionId"/> (kept,
    /// so that approvals signed there still name it); values equal to the latest version's change nothing and return it.
    /// </summary>
    public async Task<ContentItem> SaveImportedAsync(string contentItemId, JsonElement fields, string contentItemVersionId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.EditContent, "Importing content");
        if (!ContentIds.IsWellFormed(contentItemVersionId))
        {
            throw ContentValidationException.For("contentItemVersionId", "An id is 1–64 letters, digits, '-' or '_'.");
        }

        return await SaveOverAsync(await GetLatestAsync(contentItemId, null, cancellationToken), fields, contentItemVersionId, actor, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch (RFC 7396: null removes a field) to the latest version's fields and saves the result.</summary>
    public async Task<ContentItem> PatchAsync(string contentItemId, JsonElement patch, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default, string? sourceVersionId = null)
    {
        Require(actor, Permissions.EditContent, "Editing content");
        if (patch.ValueKind != JsonValueKind.Object)
        {
            throw ContentValidationException.For("fields", "A patch must be a JSON object of field names to values.");
        }

        var latest = await GetLatestAsync(contentItemId, ifMatch, cancellationToken);
        var merged = latest.Fields;
        foreach (var property in patch.EnumerateObject())
        {
            merged = merged.With(property.Name, property.Value);
        }

        return await SaveOverAsync(latest, JsonSerializer.SerializeToElement(merged), null, actor, cancellationToken, sourceVersionId);
    }

    // Saves fields as the version after latest, following the type's workflow.
    private async Task<ContentItem> SaveOverAsync(ContentItem latest, JsonElement fields, string? versionId, CmsActor actor, CancellationToken cancellationToken, string? sourceVersionId = null)
    {
        var contentItemId = latest.ContentItemId;
        var type = catalog.Get(latest.ContentType);
        var workflow = WorkflowOf(type);
        var content = ContentFieldValidator.Validate(type, fields, applyDefaults: false);
        if (sourceVersionId is not null)
        {
            sourceVersionId = latest.TranslationOf is { } source
                ? (await ItemCultures.SourceVersionAsync(session, source, sourceVersionId, cancellationToken)).ContentItemVersionId
                : throw ContentValidationException.For("sourceVersionId", $"'{contentItemId}' is not a translation, so it follows no source version.");
        }

        var followed = sourceVersionId ?? latest.SourceVersionId;
        if (content.ContentHash == latest.ContentHash && followed == latest.SourceVersionId)
        {
            // Saving what is already there is no edit, whatever the status (a recipe run again over content in review).
            return latest;
        }

        if (workflow is not null && !workflow.IsEditable(latest.Status))
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [new TransitionRefusal(
                "Editable", RefusalKind.Conflict, $"A version that is {latest.Status} cannot be edited; the '{workflow.Name}' workflow allows edits in {string.Join(", ", workflow.EditableIn)}.")]));
        }

        var chain = await ItemCultures.ChainAsync(session, latest.Culture, cancellationToken);
        await CheckReferencesAndSlugAsync(content, contentItemId, chain, cancellationToken);
        var now = clock.GetUtcNow();
        var version = NewVersion(content, contentItemId, versionId ?? ContentIds.New(), latest.Version + 1, latest.Owner, actor.AuditName, latest.CreatedUtc, now) with
        {
            Status = workflow?.InitialStatus ?? "Draft",
            Culture = latest.Culture,
            LocalizationSet = latest.LocalizationSet,
            TranslationOf = latest.TranslationOf,
            SourceVersionId = followed,
        };
        await session.Content.AddVersionAsync(version, IndexedFieldValue.For(type, content.Fields), await SearchDocuments.BuildAsync(session, type, content.Fields, version.DisplayText, chain, cancellationToken), cancellationToken);
        await Media.MediaReferences.RecordAsync(session, version.ContentItemVersionId, content, cancellationToken);
        await AuditAsync(AuditActions.ContentUpdated, version, actor, null, cancellationToken, latest.Status, version.Status);
        await VoidApprovalsAsync(contentItemId, workflow, actor, now, cancellationToken);
        if (version.Slug != latest.Slug)
        {
            // Items tagged with this one by its old or its new slug find it, or no longer do. Its title there is the
            // published one, so a draft's new title changes nothing readers can search.
            await TaggedSearchDocuments.RefreshAsync(session, catalog, type.Name, [latest.Slug, version.Slug], cancellationToken);
        }

        return version;
    }

    /// <summary>Publishes the latest version; the previously published version, if any, goes offline in the same transaction.</summary>
    public async Task<ContentItem> PublishAsync(string contentItemId, string? ifMatch, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.PublishContent, "Publishing content");
        var latest = await GetLatestAsync(contentItemId, ifMatch, cancellationToken);
        if (latest.Published)
        {
            return latest;
        }

        return await PublishVersionAsync(latest, "Published", actor, null, cancellationToken);
    }

    /// <summary>
    /// Makes <paramref name="latest"/> the published version with status <paramref name="status"/>; the version it replaces
    /// becomes Superseded. Whatever the caller decided, the <see cref="PublicationGate"/> checks here, in the same
    /// transaction, that a verified signature covers the exact hash (or the type is exempt, or it is an allowed sample),
    /// and throws <see cref="WorkflowRefusedException"/> otherwise.
    /// </summary>
    public async Task<ContentItem> PublishVersionAsync(ContentItem latest, string status, CmsActor actor, string? reason, CancellationToken cancellationToken = default)
    {
        var check = await gate.RequireAsync(session, latest, actor, catalog, workflows, cancellationToken);
        var now = clock.GetUtcNow();
        var previous = await session.Content.GetAsync(latest.ContentItemId, VersionSelector.Published, cancellationToken);
        await session.Content.PublishAsync(latest.ContentItemId, latest.ContentItemVersionId, now, cancellationToken);
        if (previous is not null && previous.ContentItemVersionId != latest.ContentItemVersionId)
        {
            await session.Workflow.SetStatusAsync(previous.ContentItemVersionId, WorkflowDefinition.SupersededStatus, cancellationToken);
        }

        await session.Workflow.SetStatusAsync(latest.ContentItemVersionId, status, cancellationToken);
        if (previous?.DisplayText != latest.DisplayText || previous?.Slug != latest.Slug)
        {
            // Items tagged with this one carry its published title in their search documents.
            await TaggedSearchDocuments.RefreshAsync(session, catalog, latest.ContentType, [previous?.Slug, latest.Slug], cancellationToken);
        }

        var published = latest with { Published = true, PublishedUtc = now, Status = status };
        await TranslationFollowUp.OnPublishedAsync(session, published, actor, now, cancellationToken);
        await session.Audit.AppendAsync(
            AuditEntry.ForVersion(published, AuditActions.ContentPublished, actor.UserName, now, reason, latest.Status, status, JsonSerializer.Serialize(new
            {
                published.ContentType,
                published.Version,
                published.DisplayText,
                basis = check.Basis.ToString(),
                approvalId = check.Approval?.ApprovalId,
                signingKeyId = check.Approval?.SigningKeyId,
                via = actor.AuditName,
            })),
            cancellationToken);
        return published;
    }

    /// <summary>Takes the published version offline; returns it, or null when nothing was published.</summary>
    public async Task<ContentItem?> UnpublishAsync(string contentItemId, string? reason, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.PublishContent, "Unpublishing content");
        _ = await GetLatestAsync(contentItemId, null, cancellationToken);
        var published = await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken);
        if (published is null)
        {
            return null;
        }

        return await UnpublishVersionAsync(published, "Unpublished", actor, reason, cancellationToken);
    }

    /// <summary>Takes <paramref name="published"/> offline with status <paramref name="status"/>. The caller has already decided that this is allowed.</summary>
    public async Task<ContentItem> UnpublishVersionAsync(ContentItem published, string status, CmsActor actor, string? reason, CancellationToken cancellationToken = default)
    {
        await session.Content.UnpublishAsync(published.ContentItemId, cancellationToken);
        await session.Workflow.SetStatusAsync(published.ContentItemVersionId, status, cancellationToken);
        await TaggedSearchDocuments.RefreshAsync(session, catalog, published.ContentType, [published.Slug], cancellationToken);
        await AuditAsync(AuditActions.ContentUnpublished, published, actor, reason, cancellationToken, published.Status, status);
        return published with { Published = false, Status = status };
    }

    /// <summary>Soft-deletes an item: its versions are kept for the audit trail, readers and editors no longer see it.</summary>
    public async Task DeleteAsync(string contentItemId, string? ifMatch, string? reason, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.DeleteContent, "Deleting content");
        var latest = await GetLatestAsync(contentItemId, ifMatch, cancellationToken);
        await session.Content.DeleteAsync(contentItemId, actor.AuditName, clock.GetUtcNow(), cancellationToken);
        await AuditAsync(AuditActions.ContentDeleted, latest, actor, reason, cancellationToken);
    }

    private async Task<ContentItem> GetLatestAsync(string contentItemId, string? ifMatch, CancellationToken cancellationToken)
    {
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId);
        if (ifMatch is not null && ifMatch != "*" && ifMatch != latest.ETag)
        {
            throw new ConcurrencyConflictException(contentItemId, ifMatch, latest.ETag, latest.Version);
        }

        return latest;
    }

    // References by id may point at an item in any culture; tags name items of the version's culture chain; a slug is unique
    // among the items of its type and culture (chain[0]).
    private async Task CheckReferencesAndSlugAsync(ValidatedContent content, string contentItemId, IReadOnlyList<string> chain, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var picked = content.References.Where(r => r.ContentItemId is not null).ToList();
        var found = (await session.Content.GetManyAsync(picked.Select(r => r.ContentItemId!).ToHashSet(), VersionSelector.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var reference in picked)
        {
            if (reference.ContentItemId == contentItemId)
            {
                errors.Add(new FieldError(reference.Field, $"Field '{reference.Field}' cannot point at the item itself."));
            }
            else if (!found.TryGetValue(reference.ContentItemId!, out var target))
            {
                errors.Add(new FieldError(reference.Field, $"Field '{reference.Field}' refers to '{reference.ContentItemId}', which does not exist."));
            }
            else if (reference.TargetTypes.Count > 0 && !reference.TargetTypes.Contains(target.ContentType))
            {
                errors.Add(new FieldError(reference.Field, $"Field '{reference.Field}' refers to '{reference.ContentItemId}', a {target.ContentType}; allowed: {string.Join(", ", reference.TargetTypes)}."));
            }
        }

        foreach (var group in content.References.Where(r => r.TagSlug is not null).GroupBy(r => r.TargetTypes[0]))
        {
            var known = await session.Content.FindBySlugsAsync(group.Key, group.Select(r => r.TagSlug!).ToHashSet(), chain, cancellationToken);
            errors.AddRange(group.Where(r => !known.ContainsKey(r.TagSlug!))
                .Select(r => new FieldError(r.Field, $"Field '{r.Field}' names '{r.TagSlug}', which is not a {group.Key} slug.")));
        }

        await Media.MediaReferences.CheckAsync(session, content, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        if (content.Slug is { } slug && content.Type.SlugField is { } slugField)
        {
            var holders = await session.Content.FindBySlugsAsync(content.Type.Name, [slug], [chain[0]], cancellationToken);
            if (holders.TryGetValue(slug, out var holder) && holder != contentItemId)
            {
                throw new DuplicateSlugException(content.Type.Name, slug, slugField);
            }
        }
    }

    private static ContentItem NewVersion(ValidatedContent content, string id, string versionId, int number, string owner, string author, DateTimeOffset created, DateTimeOffset modified) => new()
    {
        ContentItemId = id,
        ContentItemVersionId = versionId,
        ContentType = content.Type.Name,
        Version = number,
        Latest = true,
        Published = false,
        DisplayText = content.DisplayText,
        Slug = content.Slug,
        Owner = owner,
        Author = author,
        CreatedUtc = created,
        ModifiedUtc = modified,
        ContentHash = content.ContentHash,
        Fields = content.Fields,
    };

    // Any edit voids the approvals of content that is not live: the approved text no longer is the latest text.
    // The published version's approval stays valid, since readers still see exactly what was signed.
    private async Task VoidApprovalsAsync(string contentItemId, WorkflowDefinition? workflow, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken);
        await ApprovalVoiding.VoidAsync(session, contentItemId, $"edited by {actor.AuditName}", published?.ContentHash, workflow, actor, now, cancellationToken);
    }

    private async Task AuditAsync(string action, ContentItem version, CmsActor actor, string? reason, CancellationToken cancellationToken, string? from = null, string? to = null) =>
        await session.Audit.AppendAsync(
            AuditEntry.ForVersion(version, action, actor.UserName, clock.GetUtcNow(), reason, from, to, JsonSerializer.Serialize(new { version.ContentType, version.Version, version.DisplayText })),
            cancellationToken);

    private static void Require(CmsActor actor, string permission, string operation)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, operation);
        }
    }
}
