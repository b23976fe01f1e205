using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Media;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data.Media;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Media;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/media</c>: the media library as a grid (newest first, searched by name, alt text and tag, filtered by kind, a page
/// at a time) and the upload form (a file chosen or dropped on it, optional default alt text and tags). Every upload goes
/// through <see cref="MediaService"/>: its type from its bytes, metadata stripped, refusals said in words next to the form.
/// </summary>
public sealed class MediaModel(MediaService media) : AdminPageModel
{
    /// <summary>Assets per page.</summary>
    public const int PageSize = 48;

    /// <summary>The page of assets.</summary>
    public IReadOnlyList<MediaAssetView> Assets { get; private set; } = [];

    /// <summary>Why the last upload was refused; empty after a good one.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The search text.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary><c>image</c>, <c>document</c> or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>The cursor of the page to show (the last asset id of the previous page).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The cursor of the next page; null on the last page.</summary>
    public string? NextCursor => Assets.Count == PageSize ? Assets[^1].Asset.AssetId : null;

    /// <summary>Shows a page of the library.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Actor.Has(Permissions.ViewDrafts))
        {
            return Denied(Permissions.ViewDrafts);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Uploads a file; on success shows its page, where alt text and tags can be edited.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var upload = await MediaEndpoints.ReadFormAsync(HttpContext, cancellationToken);
            var (view, created) = await media.UploadAsync(upload, Actor, cancellationToken);
            Flash = created ? $"Uploaded {view.Asset.FileName}. Check its alt text below." : $"The library has this file already, as {view.Asset.FileName}.";
            return Redirect($"/admin/media/{Uri.EscapeDataString(view.Asset.AssetId)}");
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

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MediaKind? kind = Enum.TryParse<MediaKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null;
        var text = Q is { Length: > 0 and <= 200 } q && UnsafeCharacters.FindIn(q) is null ? q : null;
        var after = After is { Length: > 0 } a && ContentIds.IsWellFormed(a) ? a : null;
        Assets = await media.ListAsync(new MediaQuery(text, null, kind, PageSize, after), Actor, cancellationToken);
    }
}
