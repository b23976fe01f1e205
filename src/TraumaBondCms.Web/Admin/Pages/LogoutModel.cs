using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/logout</c>: signing out is a POST (with the antiforgery token), so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInSessions sessions) : AdminPageModel
{
    /// <inheritdoc />
    protected override bool AllowedBeforeSecondFactor => true;

    /// <summary>Shows a sign-out button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Ends the cookie's session on the server, removes the cookie and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await sessions.EndAsync(User, cancellationToken);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/admin/login");
    }
}
