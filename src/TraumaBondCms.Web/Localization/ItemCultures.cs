using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// Decides, inside a write session, the culture, localization set and translation source of a new item, and the source
/// version a translation's new version follows. Refuses what would break the model: a culture the site has not enabled,
/// a translation into a culture its set already has, a source of another type, a source version of another item.
/// </summary>
public static class ItemCultures
{
    /// <summary>The localization facts of a new item of <paramref name="contentType"/> asked for by <paramref name="request"/>.</summary>
    public static async Task<(string Culture, string? LocalizationSet, string? TranslationOf, string? SourceVersionId)> ResolveAsync(
        IStoreSession session, string contentType, NewItemCulture? request, CancellationToken cancellationToken)
    {
        var settings = await LocalizationSettingsStore.ReadAsync(session.Site, cancellationToken);
        if (request?.TranslationOf is not null && request.Culture is null)
        {
            throw ContentValidationException.For("culture", "A translation needs the culture it is written in.");
        }

        var culture = Enabled(settings, request?.Culture) ?? settings.DefaultCulture;
        if (request?.TranslationOf is not { } sourceId)
        {
            return (culture, null, null, null);
        }

        var source = await session.Content.GetAsync(sourceId, VersionSelector.Latest, cancellationToken)
            ?? throw ContentValidationException.For("translationOf", $"Content item '{sourceId}' does not exist.");
        if (source.ContentType != contentType)
        {
            throw ContentValidationException.For("translationOf", $"'{sourceId}' is a {source.ContentType}; a translation has the type of its source ({contentType} was asked for).");
        }

        var members = await session.Content.GetLocalizationSetsAsync([source.LocalizationSet], VersionSelector.Latest, cancellationToken);
        if (members.FirstOrDefault(m => m.Culture == culture) is { } existing)
        {
            throw new TranslationExistsException(source.LocalizationSet, culture, existing.ContentItemId);
        }

        var followed = request.SourceVersionId is { } versionId
            ? await SourceVersionAsync(session, source.ContentItemId, versionId, cancellationToken)
            : await session.Content.GetAsync(sourceId, VersionSelector.Published, cancellationToken) ?? source;
        return (culture, source.LocalizationSet, source.ContentItemId, followed.ContentItemVersionId);
    }

    /// <summary>The version of <paramref name="sourceId"/> named <paramref name="versionId"/>; a validation error naming <c>sourceVersionId</c> when it is not one of its versions.</summary>
    public static async Task<ContentItem> SourceVersionAsync(IStoreSession session, string sourceId, string versionId, CancellationToken cancellationToken) =>
        (ContentIds.IsWellFormed(versionId) ? await session.Content.GetAsync(sourceId, VersionSelector.ById(versionId), cancellationToken) : null)
            ?? throw ContentValidationException.For("sourceVersionId", $"'{versionId}' is not a version of the source item '{sourceId}'.");

    /// <summary>The cultures whose items a version in <paramref name="culture"/> may name by slug (its fallback chain), most preferred first.</summary>
    public static async Task<IReadOnlyList<string>> ChainAsync(IStoreSession session, string culture, CancellationToken cancellationToken) =>
        (await LocalizationSettingsStore.ReadAsync(session.Site, cancellationToken)).Chain(culture);

    // The enabled culture named (case corrected); null when none was named.
    private static string? Enabled(LocalizationSettings settings, string? culture)
    {
        if (culture is null)
        {
            return null;
        }

        var name = CultureNames.Normalize(culture) ?? throw ContentValidationException.For("culture", $"'{culture}' is not a culture name (a BCP 47 tag such as es-US).");
        return settings.IsEnabled(name) ? name
            : throw ContentValidationException.For("culture", $"Culture '{name}' is not enabled on this site; enabled: {string.Join(", ", settings.Cultures.Select(c => c.Name))}.");
    }
}
