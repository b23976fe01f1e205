using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Media;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/media/{id}</c>: one asset: its preview and facts, its library entry (file name, default alt text, tags, focal
/// point), which items use it, the files it has had, replacing its file (every item whose latest version uses it gets a new
/// version, which voids an approval) and deleting it (refused while used).
/// </summary>
public sealed class MediaAssetModel(MediaService media) : AdminPageModel
{
    /// <summary>The asset with its usage and file history.</summary>
    public MediaAssetView View { get; private set; } = null!;

    /// <summary>Why the last change was refused; empty when it was not.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The file name typed.</summary>
    [BindProperty]
    public string? FileName { get; set; }

    /// <summary>The default alt text typed.</summary>
    [BindProperty]
    public string? Alt { get; set; }

    /// <summary>The tags typed, comma-separated.</summary>
    [BindProperty]
    public string? Tags { get; set; }

    /// <summary>The focal point's x typed (0 to 1).</summary>
    [BindProperty]
    public string? FocalX { get; set; }

    /// <summary>The focal point's y typed (0 to 1).</summary>
    [BindProperty]
    public string? FocalY { get; set; }

    /// <summary>Shows the asset.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        return await LoadAsync(id, fill: true, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Saves the library entry.</summary>
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var change = new MediaAssetChange
        {
            FileName = FileName ?? string.Empty,
            Alt = Alt ?? string.Empty,
            Tags = (Tags ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            FocalX = Coordinate(FocalX, "x"),
            FocalY = Coordinate(FocalY, "y"),
        };
        return await RunAsync(id, async () =>
        {
            if (Errors.Count == 0)
            {
                await media.UpdateAsync(id, change, Actor, cancellationToken);
                Flash = "Saved.";
            }
        }, cancellationToken);
    }

    /// <summary>Replaces the file; the items that use it get a new version.</summary>
    public async Task<IActionResult> OnPostReplaceAsync(string id, CancellationToken cancellationToken) =>
        await RunAsync(id, async () =>
        {
            var upload = await MediaEndpoints.ReadFormAsync(HttpContext, cancellationToken);
            var before = await media.GetAsync(id, Actor, cancellationToken);
            var replaced = await media.ReplaceAsync(id, upload, Actor, cancellationToken);
            var items = before.Usages?.Where(u => u.Latest).Select(u => u.ContentItemId).Distinct().Count() ?? 0;
            Flash = replaced.File.Sha256 == before.File.Sha256 ? "That is the same file; nothing changed."
                : items == 0 ? "Replaced." : $"Replaced. {items} item(s) using it got a new version, which needs clinical review again.";
        }, cancellationToken);

    /// <summary>Deletes the asset (refused while a latest or published version uses it).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(string id, [FromForm] string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await media.DeleteAsync(id, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), Actor, cancellationToken);
            Flash = "Deleted from the library.";
            return Redirect("/admin/media");
        }
        catch (Exception e) when (e is MediaConflictException or CmsForbiddenException)
        {
            FlashError = "Not deleted: " + e.Message;
            return Redirect($"/admin/media/{Uri.EscapeDataString(id)}");
        }
    }

    // Runs a change; on success redirects to the asset (post, redirect, get), on a refusal shows the page with the reasons.
    private async Task<IActionResult> RunAsync(string id, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            if (Errors.Count == 0)
            {
                return Redirect($"/admin/media/{Uri.EscapeDataString(id)}");
            }
        }
        catch (Exception e) when (MediaRefusals.TryDescribe(e, out var status, out var messages))
        {
            Response.StatusCode = status;
            Errors.AddRange(messages);
        }
        catch (CmsForbiddenException)
        {
            return Denied(Permissions.EditContent);
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }

        return await LoadAsync(id, fill: false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, bool fill, CancellationToken cancellationToken)
    {
        try
        {
            View = await media.GetAsync(id, Actor, cancellationToken);
        }
        catch (MediaNotFoundException)
        {
            return false;
        }

        if (fill)
        {
            var asset = View.Asset;
            (FileName, Alt, Tags) = (asset.FileName, asset.Alt, string.Join(", ", asset.Tags));
            (FocalX, FocalY) = (asset.FocalX.ToString("0.###", CultureInfo.InvariantCulture), asset.FocalY.ToString("0.###", CultureInfo.InvariantCulture));
        }

        return true;
    }

    private double? Coordinate(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Errors.Add($"The focal point's {name} is a number from 0 to 1.");
        return null;
    }
}
