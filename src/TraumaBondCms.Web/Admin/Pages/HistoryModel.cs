using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/items/{id}/history</c>: every version of an item, the field diff between any two (<c>?from=2&amp;to=5</c>), and
/// restoring an old version as a new draft (which, like any edit, needs review again).
/// </summary>
public sealed class HistoryModel(AdminReadService reads, ContentService content, VersionService versions) : AdminPageModel
{
    /// <summary>The item.</summary>
    public ItemView View { get; private set; } = null!;

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    /// <summary>The diff asked for; null when none was.</summary>
    public VersionDiff? Diff { get; private set; }

    /// <summary>The older version to compare.</summary>
    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    /// <summary>The newer version to compare (default the latest).</summary>
    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    /// <summary>Lists the versions and shows the diff asked for (by default, the latest change).</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        View = await reads.ItemAsync(id, Actor, cancellationToken);
        Versions = (await content.GetVersionsAsync(id, Actor, cancellationToken)).OrderByDescending(v => v.Version).ToList();
        var latest = View.Latest.Version;
        To = Math.Clamp(To ?? latest, 1, latest);
        From = Math.Clamp(From ?? Math.Max(1, To.Value - 1), 1, latest);
        if (From > To)
        {
            (From, To) = (To, From);
        }

        Diff = From == To && latest > 1 ? null : await versions.CompareAsync(id, From.Value, To.Value, Actor, cancellationToken);
        return Page();
    }

    /// <summary>Saves version <paramref name="number"/>'s fields as a new draft, if the item did not change since the page was shown.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(string id, [FromForm] int number, [FromForm] string? etag, CancellationToken cancellationToken)
    {
        try
        {
            var restored = await versions.RestoreAsync(id, number, etag, Actor, cancellationToken);
            Flash = $"Version {number} restored as version {restored.Version}, a draft.";
            return Redirect($"/admin/items/{Uri.EscapeDataString(id)}");
        }
        catch (ConcurrencyConflictException)
        {
            FlashError = "Not restored: the item changed since this page was shown. Look at the newest version and try again.";
        }
        catch (Exception e) when (e is WorkflowRefusedException or CmsForbiddenException or ContentValidationException or DuplicateSlugException or ContentNotFoundException)
        {
            FlashError = "Not restored. " + e.Message;
        }

        return Redirect($"/admin/items/{Uri.EscapeDataString(id)}/history");
    }
}
