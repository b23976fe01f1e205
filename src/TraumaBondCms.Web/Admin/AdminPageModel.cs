using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// The base of every admin page: the signed-in <see cref="CmsActor"/>, one-shot messages carried across a redirect
/// (post, redirect, get), and a guard for local return addresses. A user who must set up a second factor first is sent to
/// the page where they do, from every page but those that allow it (<see cref="AllowedBeforeSecondFactor"/>).
/// </summary>
public abstract class AdminPageModel : PageModel
{
    private CmsActor? _actor;

    /// <summary>True for pages a user who must set up a second factor may still open (sign-in, sign-out, the setup page).</summary>
    protected virtual bool AllowedBeforeSecondFactor => false;

    /// <inheritdoc />
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!AllowedBeforeSecondFactor && User.HasClaim(c => c.Type == CmsClaimTypes.SecondFactorEnrolment))
        {
            context.Result = Redirect(SecondFactorEndpoints.AdminPage);
            return Task.CompletedTask;
        }

        return base.OnPageHandlerExecutionAsync(context, next);
    }

    /// <summary>A message shown once on the next page (e.g. "Saved."); null for none.</summary>
    [TempData]
    public string? Flash { get; set; }

    /// <summary>A warning shown once on the next page beside <see cref="Flash"/>: done, but something needs attention; null for none.</summary>
    [TempData]
    public string? FlashWarning { get; set; }

    /// <summary>An error shown once on the next page; null for none.</summary>
    [TempData]
    public string? FlashError { get; set; }

    /// <summary>More about <see cref="Flash"/> that this page found out (e.g. what the safety checks say about what was just saved); not carried further.</summary>
    public string? FlashDetail { get; protected set; }

    /// <summary>True when <see cref="Flash"/> is shown as a warning (done, but something needs attention) rather than a success.</summary>
    public bool FlashWarns { get; protected set; }

    /// <summary>Who is signed in, with the permissions of their roles.</summary>
    public CmsActor Actor => _actor ??= CmsActor.From(User, HttpContext.RequestServices.GetRequiredService<RoleCatalog>());

    /// <summary>Redirects to <paramref name="returnUrl"/> when it is a local admin address, else to <paramref name="fallback"/>.</summary>
    protected IActionResult RedirectBack(string? returnUrl, string fallback) =>
        LocalRedirect(IsAdminUrl(returnUrl) ? returnUrl! : fallback);

    /// <summary>True for a local address under <c>/admin</c> (never another host, never <c>//host</c>).</summary>
    public static bool IsAdminUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith(AdminApplicationBuilderExtensions.BasePath, StringComparison.Ordinal)
        && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    /// <summary>A 403 page for an actor who lacks <paramref name="permission"/>.</summary>
    protected IActionResult Denied(string permission) => RedirectToPage("/Denied", new { need = permission });
}
