using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Localization;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/translations</c>: the item in every language of its set (culture, title, status, live version,
/// whether its source changed), a "Translate" action for each culture the set has no member in yet (a draft in that culture,
/// from the source's published text, opened beside its source), and, for a translation, where it stands against its source
/// with the diff of what changed there.
/// </summary>
public sealed class TranslationsModel(AdminReadService reads, TranslationService translations) : AdminPageModel
{
    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>For a translation: where it stands against its source; null for an item written on its own.</summary>
    public SourceChange? Source { get; private set; }

    /// <summary>The published version of each member, by item id (members never published are absent).</summary>
    public IReadOnlyDictionary<string, ContentItem> Live { get; private set; } = new Dictionary<string, ContentItem>();

    /// <summary>Shows the item's translations.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        Source = View.Latest.TranslationOf is null ? null : await translations.SourceChangeAsync(id, Actor, cancellationToken);
        Live = (await reads.PublishedMembersAsync(View.Latest.LocalizationSet, cancellationToken)).ToDictionary(m => m.ContentItemId, StringComparer.Ordinal);
        return Page();
    }

    /// <summary>Makes a draft translation into <paramref name="culture"/> and opens it in the editor, beside its source.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, [FromForm] string? culture, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.EditContent))
        {
            return Denied(Permissions.EditContent);
        }

        try
        {
            var draft = await translations.TranslateAsync(id, culture ?? string.Empty, null, Actor, cancellationToken);
            Flash = $"Translation into {culture} created as a draft from the source's text: rewrite each field in {culture}, then submit it for review.";
            return Redirect($"/admin/items/{Uri.EscapeDataString(draft.ContentItemId)}");
        }
        catch (Exception e) when (e is ContentValidationException or TranslationExistsException or DuplicateSlugException or CmsForbiddenException)
        {
            FlashError = "Not translated: " + (e is ContentValidationException v ? string.Join(" ", v.Errors.Select(x => x.Message)) : e.Message);
            return Redirect($"/admin/items/{Uri.EscapeDataString(id)}/translations");
        }
    }
}
