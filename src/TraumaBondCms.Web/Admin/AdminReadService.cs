using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// Reads the admin screens need beyond single service calls: the dashboard's lists in one read session, pending schedules
/// with their items' titles, the audit log, and the choices for topic, content and media pickers. Read-only; checks the same
/// permissions the REST API asks for. Thread-safe.
/// </summary>
public sealed class AdminReadService(ICmsStore store, ReviewService reviews, WorkflowService workflow, ContentDefinitionCache definitions, Localization.LocalizationCatalog localization, TimeProvider clock)
{
    /// <summary>How many rows each dashboard list shows.</summary>
    public const int DashboardRows = 8;

    /// <summary>How many days a skipped schedule stays on its owner's dashboard.</summary>
    public const int SkippedScheduleDays = 14;

    /// <summary>The owner of the items the setup recipe created (the system actor's audit name).</summary>
    public const string SetupOwner = "system";

    /// <summary>The most sample items the dashboard reads to say what state they are in.</summary>
    public const int MaxSampleItems = 200;

    /// <summary>The most choices a picker offers (the newest items first).</summary>
    public const int MaxPickerChoices = 300;

    /// <summary>The dashboard of <paramref name="actor"/>: the lists their permissions make useful, null for the others.</summary>
    public async Task<DashboardData> DashboardAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        var edits = actor.Has(Permissions.EditContent);
        var reviewsContent = actor.Has(Permissions.ReviewContent);
        var publishes = actor.Has(Permissions.PublishContent);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var mine = new ContentQuery { Status = ContentStatusFilter.Latest, Owner = actor.UserName, First = DashboardRows };
        var data = new DashboardData
        {
            MyDrafts = edits && actor.UserName is not null ? await session.Content.QueryAsync(mine with { WorkflowStatuses = ["Draft"] }, cancellationToken) : null,
            ChangesRequested = edits && actor.UserName is not null ? await session.Content.QueryAsync(mine with { WorkflowStatuses = ["ChangesRequested"], OldestFirst = true }, cancellationToken) : null,
            ReviewQueue = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, WorkflowStatuses = ["InReview"], OldestFirst = true, First = DashboardRows }, cancellationToken),
            Scheduled = publishes || reviewsContent ? await ScheduledAsync(session, DashboardRows, cancellationToken) : null,
            FollowUps = await FollowUpsAsync(session, cancellationToken),
            Skipped = publishes ? await SkippedAsync(session, actor, cancellationToken) : null,
            RecentlyPublished = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Published, First = DashboardRows }, cancellationToken),
            ReadyToPublish = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, WorkflowStatuses = ["Approved"], OldestFirst = true, First = DashboardRows }, cancellationToken),
            SampleContent = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, Owner = SetupOwner, First = MaxSampleItems }, cancellationToken),
        };
        return data with
        {
            Overdue = await reviews.ReReviewListAsync(DashboardRows, cancellationToken),
            ReviewQueuesByCulture = reviewsContent ? await ReviewQueuesByCultureAsync(session, actor, cancellationToken) : [],
        };
    }

    // For a reviewer, the versions in review in each culture they may sign, when there are any: what is theirs to review.
    private async Task<IReadOnlyList<(Core.Localization.CultureDefinition Culture, ContentPage Queue)>> ReviewQueuesByCultureAsync(IStoreSession session, CmsActor actor, CancellationToken cancellationToken)
    {
        var settings = localization.Settings;
        if (settings.Cultures.Count < 2 || actor.UserName is null || (await session.Users.FindByNameAsync(actor.UserName, cancellationToken))?.Credential is not { } credential)
        {
            return [];
        }

        var queues = new List<(Core.Localization.CultureDefinition, ContentPage)>();
        foreach (var culture in settings.Cultures.Where(c => credential.MayReview(c.Name, settings.DefaultCulture)))
        {
            var queue = await session.Content.QueryAsync(new ContentQuery { Status = ContentStatusFilter.Latest, WorkflowStatuses = ["InReview"], Cultures = [culture.Name], OldestFirst = true, First = DashboardRows }, cancellationToken);
            if (queue.TotalCount > 0)
            {
                queues.Add((culture, queue));
            }
        }

        return queues;
    }

    /// <summary>An item with its workflow options for <paramref name="actor"/>; throws <see cref="ContentNotFoundException"/> when there is no such item.</summary>
    public async Task<ItemView> ItemAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        var published = await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken);
        var options = await workflow.GetOptionsAsync(session, contentItemId, actor, cancellationToken);
        var schedules = (await session.Schedules.ListForItemAsync(contentItemId, cancellationToken)).Where(s => s.State == ScheduleState.Pending).ToList();
        var followUp = await session.Workflow.GetFollowUpAsync(contentItemId, cancellationToken);
        return new ItemView(latest, published, definitions.Catalog.Get(latest.ContentType), workflow.WorkflowOf(latest.ContentType), options, schedules, followUp?.Reason)
        {
            Members = await session.Content.GetLocalizationSetsAsync([latest.LocalizationSet], VersionSelector.Latest, cancellationToken),
            SourceChangedUtc = latest.TranslationOf is null ? null : (await session.Content.GetItemAsync(contentItemId, cancellationToken))?.SourceChangedUtc,
            Cultures = localization.Settings,
        };
    }

    /// <summary>The published versions of the live members of <paramref name="localizationSet"/>, in culture order.</summary>
    public async Task<IReadOnlyList<ContentItem>> PublishedMembersAsync(string localizationSet, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Content.GetLocalizationSetsAsync([localizationSet], VersionSelector.Published, cancellationToken);
    }

    /// <summary>The newest request for changes on the item (from its audit trail); null when a reviewer never sent it back.</summary>
    public async Task<ChangeRequest?> LastChangeRequestAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var transitions = await session.Audit.QueryAsync(new AuditQuery { ContentItemId = contentItemId, Action = AuditActions.WorkflowTransition, Limit = 50 }, cancellationToken);
        var entry = transitions.FirstOrDefault(e => e.ToStatus == "ChangesRequested" && e.ContentItemVersionId is not null);
        var version = entry is null ? null : await session.Content.GetAsync(contentItemId, VersionSelector.ById(entry.ContentItemVersionId!), cancellationToken);
        return version is null ? null : new ChangeRequest(version.Version, entry!.Actor, entry.OccurredUtc, entry.Reason);
    }

    /// <summary>
    /// The items the ContentPicker and Tags fields of <paramref name="version"/> point at, keyed <c>field:value</c> (an item id,
    /// or a topic's slug), latest versions; a value with no item is missing from the map.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> ReferencesAsync(ContentTypeDefinition type, ContentItem version, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        var pickers = type.Fields.Where(f => f.Kind is ContentFieldKind.ContentPicker or ContentFieldKind.Tags).ToList();
        if (pickers.Count == 0)
        {
            return found;
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        foreach (var field in pickers)
        {
            var values = version.Fields.GetStrings(field.Name);
            if (field.Kind == ContentFieldKind.ContentPicker)
            {
                foreach (var item in await session.Content.GetManyAsync(values.ToHashSet(StringComparer.Ordinal), VersionSelector.Latest, cancellationToken))
                {
                    found[field.Name + ":" + item.ContentItemId] = item;
                }

                continue;
            }

            foreach (var slug in values.Distinct(StringComparer.Ordinal).Take(MaxPickerChoices))
            {
                var page = await session.Content.QueryAsync(new ContentQuery { ContentTypes = [field.EffectiveTaxonomy], Status = ContentStatusFilter.Latest, Slug = slug, First = 1, CountTotal = false }, cancellationToken);
                if (page.Items.Count > 0)
                {
                    found[field.Name + ":" + slug] = page.Items[0];
                }
            }
        }

        return found;
    }

    /// <summary>Pending scheduled publishes and unpublishes, soonest first, with their items' titles.</summary>
    public async Task<IReadOnlyList<ScheduledItem>> ScheduledAsync(CmsActor actor, int limit, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await ScheduledAsync(session, limit, cancellationToken);
    }

    /// <summary>Audit entries, newest first; needs <see cref="Permissions.ViewAuditLog"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.ViewAuditLog))
        {
            throw new CmsForbiddenException(Permissions.ViewAuditLog, "Reading the audit log");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Audit.QueryAsync(query, cancellationToken);
    }

    /// <summary>The titles (latest versions) of the items among <paramref name="contentItemIds"/> that exist, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TitlesAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return (await session.Content.GetManyAsync(ids, VersionSelector.Latest, cancellationToken)).ToDictionary(i => i.ContentItemId, i => i.DisplayText, StringComparer.Ordinal);
    }

    /// <summary>
    /// The choices for one picker field: for Tags, the taxonomy's slugs with titles; for ContentPicker, the ids and titles of items
    /// of the allowed types (all types when none are listed), newest first, at most <see cref="MaxPickerChoices"/>.
    /// </summary>
    public async Task<IReadOnlyList<PickerChoice>> PickerChoicesAsync(IStoreSession session, ContentFieldDefinition field, string? exceptItemId, CancellationToken cancellationToken = default)
    {
        var tags = field.Kind == ContentFieldKind.Tags;
        var types = tags ? [field.EffectiveTaxonomy] : field.AllowedTypes is { Count: > 0 } allowed ? allowed : null;
        var page = await session.Content.QueryAsync(new ContentQuery { ContentTypes = types, Status = ContentStatusFilter.Latest, First = MaxPickerChoices, CountTotal = false }, cancellationToken);
        return page.Items
            .Where(i => i.ContentItemId != exceptItemId && (!tags || i.Slug is not null))
            .Select(i => new PickerChoice(tags ? i.Slug! : i.ContentItemId, i.DisplayText, tags ? null : definitions.Catalog.Find(i.ContentType)?.Label ?? i.ContentType))
            .OrderBy(c => c.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The files a Media field's picker offers: the newest <see cref="MaxPickerChoices"/> library assets of the kinds the field
    /// takes, plus the files the form uses now (an earlier file of an asset stays selectable), ordered by file name.
    /// </summary>
    public async Task<IReadOnlyList<Editing.MediaChoice>> MediaChoicesAsync(IStoreSession session, ContentFieldDefinition field, IReadOnlyList<Editing.MediaSlot> current, CancellationToken cancellationToken = default)
    {
        var assets = new Dictionary<string, Data.Media.MediaAsset>(StringComparer.Ordinal);
        foreach (var kind in field.EffectiveMediaKinds)
        {
            foreach (var asset in await session.Media.ListAsync(new Data.Media.MediaQuery(null, null, kind, MaxPickerChoices, null), cancellationToken))
            {
                assets[asset.AssetId] = asset;
            }
        }

        var missing = current.Select(s => s.AssetId).Where(id => id.Length > 0 && !assets.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, asset) in missing.Count == 0 ? new Dictionary<string, Data.Media.MediaAsset>() : await session.Media.GetAssetsAsync(missing, cancellationToken))
        {
            assets[id] = asset;
        }

        var uses = current.Where(s => assets.ContainsKey(s.AssetId) && s.Sha256.Length > 0).Select(s => (s.AssetId, s.Sha256));
        var wanted = assets.Values.Where(a => a.DeletedUtc is null).Select(a => (a.AssetId, a.Sha256)).Concat(uses).Distinct().ToList();
        var files = await session.Media.GetFilesAsync(wanted.Select(w => w.Sha256).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return wanted
            .Where(w => files.ContainsKey(w.Sha256))
            .Select(w => (Asset: assets[w.AssetId], File: files[w.Sha256]))
            .Select(x => new Editing.MediaChoice(x.Asset.AssetId, x.File.Sha256, x.Asset.FileName, x.Asset.Alt, x.Asset.Kind, x.File.Width, x.File.Height, x.File.Sha256 != x.Asset.Sha256))
            .OrderBy(c => c.FileName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(c => c.Earlier)
            .ToList();
    }

    private static async Task<IReadOnlyList<ScheduledItem>> ScheduledAsync(IStoreSession session, int limit, CancellationToken cancellationToken) =>
        await WithItemsAsync(session, await session.Schedules.ListPendingAsync(null, limit, cancellationToken), cancellationToken);

    // The actor's own schedules the scheduler skipped lately, so that they learn it did not happen and why.
    private async Task<IReadOnlyList<ScheduledItem>> SkippedAsync(IStoreSession session, CmsActor actor, CancellationToken cancellationToken) =>
        actor.UserName is { } owner
            ? await WithItemsAsync(session, await session.Schedules.ListSkippedAsync(owner, clock.GetUtcNow().AddDays(-SkippedScheduleDays), DashboardRows, cancellationToken), cancellationToken)
            : [];

    private static async Task<IReadOnlyList<ScheduledItem>> WithItemsAsync(IStoreSession session, IReadOnlyList<ScheduledAction> schedules, CancellationToken cancellationToken)
    {
        var items = (await session.Content.GetManyAsync(schedules.Select(s => s.ContentItemId).ToHashSet(), VersionSelector.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return schedules.Select(s => new ScheduledItem(s, items.GetValueOrDefault(s.ContentItemId))).ToList();
    }

    private static async Task<IReadOnlyList<FollowUpItem>> FollowUpsAsync(IStoreSession session, CancellationToken cancellationToken)
    {
        var flags = await session.Workflow.ListFollowUpsAsync(ReviewService.MaxFollowUps, cancellationToken);
        var items = (await session.Content.GetManyAsync(flags.Select(f => f.ContentItemId).ToHashSet(), VersionSelector.Latest, cancellationToken))
            .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        return flags.Select(f => new FollowUpItem(f.ContentItemId, items.GetValueOrDefault(f.ContentItemId)?.DisplayText ?? f.ContentItemId, f.Reason, f.FlaggedUtc)).ToList();
    }

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading the admin dashboard");
        }
    }
}
