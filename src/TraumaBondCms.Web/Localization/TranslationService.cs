using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Diff;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// Translations as editors and readers use them: making a translation (a draft in the target culture, in the source's
/// set, from the source's published text unless other fields are given), an item's translations, the member of a set to
/// serve a reader's culture chain, and a translation's standing against its source. Each write is one transaction through
/// <see cref="ContentWriter"/>, so a translation follows its own workflow and needs its own clinical signature. Thread-safe.
/// </summary>
public sealed class TranslationService(ICmsStore store, ContentDefinitionCache definitions, WorkflowCatalog workflows, PublicationGate gate, LocalizationCatalog localization, TimeProvider clock)
{
    /// <summary>
    /// Creates a draft translation of <paramref name="sourceId"/> into <paramref name="culture"/>: <paramref name="fields"/> when
    /// given, else the source's published fields (its latest when never published), which the translator then rewrites.
    /// </summary>
    public async Task<ContentItem> TranslateAsync(string sourceId, string culture, JsonElement? fields, CmsActor actor, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var source = await session.Content.GetAsync(sourceId, VersionSelector.Published, cancellationToken)
            ?? await session.Content.GetAsync(sourceId, VersionSelector.Latest, cancellationToken)
            ?? throw new ContentNotFoundException(sourceId);
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        var translation = await writer.CreateAsync(
            source.ContentType,
            fields ?? JsonSerializer.SerializeToElement(source.Fields),
            actor,
            culture: new NewItemCulture(culture, source.ContentItemId, source.ContentItemVersionId),
            cancellationToken: cancellationToken);
        await session.CommitAsync(cancellationToken);
        return translation;
    }

    /// <summary>
    /// The members of <paramref name="contentItemId"/>'s localization set (the item and its translations), in culture order:
    /// their published versions, or their latest with <see cref="Permissions.ViewDrafts"/> and <paramref name="latest"/>.
    /// </summary>
    public async Task<IReadOnlyList<ContentItem>> SetOfAsync(string contentItemId, bool latest, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (latest)
        {
            Require(actor, Permissions.ViewDrafts, "Reading draft translations");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var item = await session.Content.GetAsync(contentItemId, latest ? VersionSelector.Latest : VersionSelector.Published, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId);
        return await session.Content.GetLocalizationSetsAsync([item.LocalizationSet], latest ? VersionSelector.Latest : VersionSelector.Published, cancellationToken);
    }

    /// <summary>
    /// The member of <paramref name="contentItemId"/>'s set to serve a reader who asked for <paramref name="culture"/>: the one in
    /// the first culture of the reader's chain that has one (published, or latest when <paramref name="latest"/>), else the item
    /// asked for itself (an id names what it names); null when that has no such version either.
    /// </summary>
    public async Task<ContentItem?> InCultureAsync(IStoreSession session, string contentItemId, string? culture, bool latest, CancellationToken cancellationToken)
    {
        var selector = latest ? VersionSelector.Latest : VersionSelector.Published;
        var item = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var members = await session.Content.GetLocalizationSetsAsync([item.LocalizationSet], selector, cancellationToken);
        return Best(members, localization.Chain(culture)) ?? members.FirstOrDefault(m => m.ContentItemId == contentItemId);
    }

    /// <summary>
    /// The member of <paramref name="contentItemId"/>'s set a reader of <paramref name="culture"/> is served (see
    /// <see cref="InCultureAsync"/>): published, or latest (which needs <see cref="Permissions.ViewDrafts"/>) when
    /// <paramref name="latest"/>; not found when neither the set's member nor the item has such a version.
    /// </summary>
    public async Task<ContentItem> GetInCultureAsync(string contentItemId, string? culture, bool latest, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (latest)
        {
            Require(actor, Permissions.ViewDrafts, "Reading drafts and version history");
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        return await InCultureAsync(session, contentItemId, culture, latest, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId, latest ? null : "published");
    }

    /// <summary>When translation <paramref name="contentItemId"/> was flagged because its source changed; null when it is not flagged (or is no translation).</summary>
    public async Task<DateTimeOffset?> SourceChangedAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return (await session.Content.GetItemAsync(contentItemId, cancellationToken))?.SourceChangedUtc;
    }

    /// <summary>The member of <paramref name="members"/> (one set) in the first culture of <paramref name="chain"/> that has one; null when none.</summary>
    public static ContentItem? Best(IEnumerable<ContentItem> members, IReadOnlyList<string> chain) =>
        members.Where(m => chain.Contains(m.Culture, StringComparer.Ordinal)).OrderBy(m => IndexOf(chain, m.Culture)).FirstOrDefault();

    /// <summary>Where translation <paramref name="contentItemId"/> stands against its source; needs <see cref="Permissions.ViewDrafts"/>.</summary>
    public async Task<SourceChange> SourceChangeAsync(string contentItemId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts, "Comparing a translation with its source");
        await using var session = await store.OpenReadAsync(cancellationToken);
        var translation = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        if (translation.TranslationOf is not { } sourceId)
        {
            throw ContentValidationException.For("id", $"'{contentItemId}' is not a translation: it was written in {translation.Culture} on its own.");
        }

        var current = await session.Content.GetAsync(sourceId, VersionSelector.Published, cancellationToken)
            ?? await session.Content.GetAsync(sourceId, VersionSelector.Latest, cancellationToken)
            ?? throw new ContentNotFoundException(sourceId);
        var followed = translation.SourceVersionId is { } id ? await session.Content.GetAsync(sourceId, VersionSelector.ById(id), cancellationToken) : null;
        var flagged = (await session.Content.GetItemAsync(contentItemId, cancellationToken))?.SourceChangedUtc;
        var diff = new VersionDiff(followed, current, ContentDiff.Compare(definitions.Catalog.Get(current.ContentType), followed?.Fields ?? ContentFields.Empty, current.Fields));
        return new SourceChange(translation, followed, current, flagged, diff);
    }

    private static int IndexOf(IReadOnlyList<string> chain, string culture)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] == culture)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static void Require(CmsActor actor, string permission, string operation)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, operation);
        }
    }
}
