using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/login</c>: the sign-in form. Checks the password (and, for accounts with a second factor, the authenticator code)
/// with <see cref="SignInService"/> (which audits every attempt and makes a client that keeps typing wrong passwords or codes
/// wait) and issues the sign-in cookie. A refusal never says which part was wrong.
/// </summary>
public sealed class LoginModel(SignInService signIn) : AdminPageModel
{
    /// <inheritdoc />
    protected override bool AllowedBeforeSecondFactor => true;

    /// <summary>The message shown after a refused attempt; null before any.</summary>
    public string? Error { get; private set; }

    /// <summary>The user name as typed, kept after a refusal.</summary>
    public string? UserName { get; private set; }

    /// <summary>Where to go after signing in (a local admin address only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs in, or shows the form again with a message that does not say whether the user exists.</summary>
    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? code, CancellationToken cancellationToken)
    {
        UserName = userName;
        SignInOutcome outcome;
        try
        {
            outcome = string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password)
                ? SignInOutcome.Refused
                : await signIn.SignInAsync(userName.Trim(), password, SignInService.ClientOf(HttpContext), CookieAuthenticationDefaults.AuthenticationScheme, cancellationToken, string.IsNullOrWhiteSpace(code) ? null : code.Trim());
        }
        catch (ContentValidationException e)
        {
            UserName = null;
            Error = "Sign-in refused: " + string.Join(" ", e.Errors.Select(x => x.Message));
            return Page();
        }

        if (outcome.Wait is not null)
        {
            Error = $"Too many attempts from this device: wait {outcome.RetryAfterSeconds} seconds and try again. " +
                "The account is not locked; you can still sign in from another device.";
            return Page();
        }

        if (outcome.Principal is not { } principal)
        {
            Error = "Sign-in refused: the user name, password or authenticator code is wrong, or the account is disabled.";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return RedirectBack(ReturnUrl, AdminApplicationBuilderExtensions.BasePath);
    }
}
