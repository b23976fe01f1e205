using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/logout</c>: signing out is a POST (with the antiforgery token), so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel : AdminPageModel
{
    /// <summary>Shows a sign-out button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Removes the sign-in cookie and goes to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/admin/login");
    }
}
