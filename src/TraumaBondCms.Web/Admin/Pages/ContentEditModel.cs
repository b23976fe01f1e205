using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Admin.Editing;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}</c>: the editor of an item's latest version. A save carries the ETag of the version the form was
/// opened on; when someone saved in between, nothing is written, the user's text stays in the form, and the page offers the
/// newer version to look at and an explicit "replace it with my text".
/// </summary>
public sealed class ContentEditModel(ICmsStore store, AdminReadService reads, ContentFormBinder binder, ContentService content, Workflow.CommentService comments, ISafetyCheckResults checks, Localization.TranslationService translations)
    : ContentEditorPageModel(store, reads, binder)
{
    /// <summary>For a translation: its source as it is now (shown beside the form), the version the translation follows and what changed since; null otherwise.</summary>
    public Localization.SourceChange? Source { get; private set; }

    /// <summary>The items the source's pickers point at, for showing the source.</summary>
    public IReadOnlyDictionary<string, ContentItem> SourceReferences { get; private set; } = new Dictionary<string, ContentItem>();

    /// <summary>The version number just saved (by this page or the new-item page), carried across the redirect; null otherwise.</summary>
    [TempData]
    public int? SavedVersion { get; set; }

    /// <summary>True right after a save whose version the safety checks found something in: the summary takes the focus.</summary>
    public bool FindingsJustFound { get; private set; }

    /// <summary>The item; set by the handlers.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>The ETag the form saves against: the version it was opened on (kept across a conflict).</summary>
    public string ETag { get; private set; } = string.Empty;

    /// <summary>Set when a save met a newer version: that version, which the form did not show.</summary>
    public ContentItem? Conflict { get; private set; }

    /// <summary>With <see cref="Conflict"/>: the number of the version the form was opened on, for "what changed since".</summary>
    public int? EditedVersion { get; private set; }

    /// <summary>Review comments not yet resolved, oldest first: what reviewers asked the editor to change.</summary>
    public IReadOnlyList<Core.Workflow.ReviewComment> OpenComments { get; private set; } = [];

    /// <summary>Shows the latest version in the editor.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await Reads.ItemAsync(id, Actor, cancellationToken);
        ETag = View.Latest.ETag;
        OpenComments = await OpenCommentsAsync(id, cancellationToken);
        await LoadSourceAsync(cancellationToken);
        var findings = await checks.GetAsync(id, Actor, cancellationToken) ?? [];
        await BuildEditorAsync(View.Type, Binder.FromFields(View.Type, View.Latest.Fields), id, !View.Editable || !Actor.Has(Permissions.EditContent), cancellationToken, findings);
        if (SavedVersion == View.Latest.Version && findings.Count > 0)
        {
            // The save worked, but the editor must learn now, not at submit, what the checks will refuse.
            var errors = findings.Count(f => f.Severity == Core.Workflow.CheckSeverity.Error);
            FlashWarns = errors > 0;
            FindingsJustFound = true;
            FlashDetail = errors > 0
                ? $"The safety checks found {Count(errors, "problem")} to fix before it can be submitted for review: see the messages beside the fields."
                : $"The safety checks found {Count(findings.Count, "thing")} a reviewer will ask about: see the messages beside the fields.";
        }

        return Page();
    }

    /// <summary>
    /// Saves the form as a new version. <paramref name="etag"/> is the version the form was opened on; <paramref name="overwrite"/>,
    /// sent only by the conflict's "replace" button, is the newer version's ETag the user chose to replace.
    /// </summary>
    /// <remarks>A translator who carried the source's changes over ticks the box that sends <paramref name="sourceVersionId"/>: the new version follows that source version.</remarks>
    public async Task<IActionResult> OnPostAsync(string id, [FromForm] string? etag, [FromForm] string? overwrite, [FromForm] string? sourceVersionId, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.EditContent))
        {
            return Denied(Permissions.EditContent);
        }

        View = await Reads.ItemAsync(id, Actor, cancellationToken);
        var values = Binder.FromForm(View.Type, Request.Form);
        ETag = etag ?? string.Empty;
        try
        {
            var saved = await content.UpdateAsync(id, Binder.ToJson(View.Type, values), overwrite ?? etag ?? string.Empty, Actor, cancellationToken, string.IsNullOrEmpty(sourceVersionId) ? null : sourceVersionId);
            Flash = saved.ContentItemVersionId == View.Latest.ContentItemVersionId && overwrite is null
                ? "Nothing changed, so no new version was saved."
                : $"Saved as version {saved.Version}.";
            SavedVersion = saved.Version;
            return Redirect($"/admin/items/{id}");
        }
        catch (ConcurrencyConflictException)
        {
            // Nothing was written. The form keeps what the user typed; the newer version is shown beside it, never merged silently.
            Conflict = View.Latest;
            EditedVersion = ContentIds.IsWellFormed(ETag.Trim('"'))
                ? (await content.GetVersionsAsync(id, Actor, cancellationToken)).FirstOrDefault(x => x.ETag == ETag)?.Version
                : null;
        }
        catch (Exception e) when (TryRecordRefusal(View.Type, e))
        {
            ETag = overwrite ?? ETag;
        }

        OpenComments = await OpenCommentsAsync(id, cancellationToken);
        await LoadSourceAsync(cancellationToken);
        await BuildEditorAsync(View.Type, values, id, false, cancellationToken);
        return Page();
    }

    private async Task LoadSourceAsync(CancellationToken cancellationToken)
    {
        if (View.Latest.TranslationOf is not null)
        {
            Source = await translations.SourceChangeAsync(View.Id, Actor, cancellationToken);
            SourceReferences = await Reads.ReferencesAsync(View.Type, Source.Current, cancellationToken);
        }
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private async Task<IReadOnlyList<Core.Workflow.ReviewComment>> OpenCommentsAsync(string id, CancellationToken cancellationToken) =>
        (await comments.ListAsync(id, null, Actor, cancellationToken)).Where(c => c.ResolvedUtc is null).ToList();
}
