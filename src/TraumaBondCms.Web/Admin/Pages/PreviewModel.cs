using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Markdown;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>POST /admin/preview</c>: renders Markdown as readers will see it (<see cref="MarkdownRenderer"/>, raw HTML disabled) for the
/// editor's live preview. Needs the antiforgery token like every admin POST (the script sends it in a header).
/// </summary>
public sealed class PreviewModel : AdminPageModel
{
    /// <summary>The longest Markdown rendered (the longest Markdown field allowed).</summary>
    public const int MaxLength = 200_000;

    /// <summary>Not a page to visit.</summary>
    public IActionResult OnGet() => NotFound();

    /// <summary>The HTML of <paramref name="markdown"/>.</summary>
    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (!Actor.Has(Permissions.EditContent) && !Actor.Has(Permissions.ReviewContent))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (markdown is { Length: > MaxLength })
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        return Content(MarkdownRenderer.ToHtml(markdown ?? string.Empty), "text/html; charset=utf-8");
    }
}
