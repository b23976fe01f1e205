using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/review</c>: what a clinical reviewer needs to decide: the changes since the last approved and since the
/// published version, the latest version rendered, comments anchored to fields, the safety checks' results, and the workflow
/// actions the reviewer may take (approve with password, request changes with a comment).
/// </summary>
public sealed class ReviewModel(AdminReadService reads, VersionService versions, CommentService comments, ISafetyCheckResults checks, Localization.TranslationService translations) : AdminPageModel
{
    /// <summary>For a translation: its source (the version it follows, shown beside it) and what changed there since; null otherwise.</summary>
    public Localization.SourceChange? Source { get; private set; }

    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>Changes from the newest version a clinician signed to the latest.</summary>
    public VersionDiff SinceApproved { get; private set; } = null!;

    /// <summary>The newest request for changes, when it was made on an older version than the latest; null otherwise.</summary>
    public ChangeRequest? SentBack { get; private set; }

    /// <summary>Changes from the version a reviewer sent back to the latest; null when <see cref="SentBack"/> is.</summary>
    public VersionDiff? SinceSentBack { get; private set; }

    /// <summary>The items the latest version's pickers point at, for the preview.</summary>
    public IReadOnlyDictionary<string, ContentItem> References { get; private set; } = new Dictionary<string, ContentItem>();

    /// <summary>Changes from the published version to the latest; null when nothing is published.</summary>
    public VersionDiff? SincePublished { get; private set; }

    /// <summary>Every comment on the item, oldest first.</summary>
    public IReadOnlyList<ReviewComment> Comments { get; private set; } = [];

    /// <summary>The safety checks' findings; null when no checks are installed yet.</summary>
    public IReadOnlyList<CheckFinding>? Findings { get; private set; }

    /// <summary>Comments on the latest version and open comments on older ones, by field ("" for the item as a whole).</summary>
    public ILookup<string, ReviewComment> CommentsByField => Comments
        .Where(c => c.ContentItemVersionId == View.Latest.ContentItemVersionId || c.ResolvedUtc is null)
        .ToLookup(c => c.Field ?? string.Empty, StringComparer.Ordinal);

    /// <summary>Shows the review screen.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        SinceApproved = await versions.SinceApprovedAsync(id, Actor, cancellationToken);
        SincePublished = View.Published is null ? null : await versions.SincePublishedAsync(id, Actor, cancellationToken);
        SentBack = await reads.LastChangeRequestAsync(id, Actor, cancellationToken) is { } request && request.Version < View.Latest.Version ? request : null;
        SinceSentBack = SentBack is null ? null : await versions.CompareAsync(id, SentBack.Version, View.Latest.Version, Actor, cancellationToken);
        Comments = await comments.ListAsync(id, null, Actor, cancellationToken);
        Findings = await checks.GetAsync(id, Actor, cancellationToken);
        References = await reads.ReferencesAsync(View.Type, View.Latest, cancellationToken);
        Source = View.Latest.TranslationOf is null ? null : await translations.SourceChangeAsync(id, Actor, cancellationToken);
        return Page();
    }

    /// <summary>Adds a comment to the latest version, about one field or the whole item.</summary>
    public async Task<IActionResult> OnPostCommentAsync(string id, [FromForm] string? body, [FromForm] string? field, CancellationToken cancellationToken)
    {
        try
        {
            await comments.AddAsync(id, null, body ?? string.Empty, string.IsNullOrEmpty(field) ? null : field, null, null, null, Actor, cancellationToken);
            Flash = "Comment added.";
        }
        catch (ContentValidationException e)
        {
            FlashError = "Comment not added: " + string.Join(" ", e.Errors.Select(x => x.Message));
        }
        catch (CmsForbiddenException e)
        {
            FlashError = e.Message;
        }

        return Redirect($"/admin/items/{Uri.EscapeDataString(id)}/review#comments");
    }

    /// <summary>Marks a comment resolved.</summary>
    public async Task<IActionResult> OnPostResolveAsync(string id, [FromForm] string? commentId, CancellationToken cancellationToken)
    {
        try
        {
            await comments.ResolveAsync(id, commentId ?? string.Empty, Actor, cancellationToken);
            Flash = "Comment resolved.";
        }
        catch (Exception e) when (e is WorkflowRefusedException or ContentNotFoundException or CmsForbiddenException)
        {
            FlashError = e.Message;
        }

        return Redirect($"/admin/items/{Uri.EscapeDataString(id)}/review#comments");
    }
}
