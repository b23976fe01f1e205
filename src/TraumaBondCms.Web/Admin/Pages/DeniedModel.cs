using Microsoft.AspNetCore.Mvc;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/denied</c>: where a signed-in user lands on a page their roles do not allow (answered with 403).</summary>
public sealed class DeniedModel : AdminPageModel
{
    /// <inheritdoc />
    protected override bool AllowedBeforeSecondFactor => true;

    /// <summary>The permission that was missing, when known.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    /// <summary>Shows the explanation with status 403.</summary>
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
