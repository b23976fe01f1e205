using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/users/{userName}</c>: one user's roles, display name, reviewer credential and expiry, disabled flag, and a new password.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UserEditModel(UserService users, RoleCatalog roles) : AdminPageModel
{
    /// <summary>The user.</summary>
    public CmsUser EditedUser { get; private set; } = null!;

    /// <summary>Every role name.</summary>
    public IReadOnlyList<string> RoleNames => roles.RoleNames;

    /// <summary>The profile form.</summary>
    [BindProperty]
    public UserForm Form { get; set; } = new();

    /// <summary>Messages from a refused change.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Shows the user.</summary>
    public async Task<IActionResult> OnGetAsync(string userName, CancellationToken cancellationToken)
    {
        if (await FindAsync(userName, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        EditedUser = user;
        Form = UserForm.From(user);
        return Page();
    }

    /// <summary>Saves roles, display name, credential and the disabled flag.</summary>
    public async Task<IActionResult> OnPostAsync(string userName, CancellationToken cancellationToken)
    {
        if (await FindAsync(userName, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        EditedUser = user;
        try
        {
            var change = new UserChange
            {
                // The form always holds every member: it replaces the user, like a PUT (a blank display name keeps the old one).
                DisplayName = string.IsNullOrWhiteSpace(Form.DisplayName) ? null : Form.DisplayName,
                Roles = Form.Roles,
                SetsCredential = true,
                Credential = Form.ToCredential(),
                Disabled = Form.Disabled,
            };
            await users.UpdateAsync(user.UserName, change, Actor, cancellationToken);
            Flash = $"{user.UserName} saved.";
            return Redirect($"/admin/users/{Uri.EscapeDataString(user.UserName)}");
        }
        catch (ContentValidationException e)
        {
            Errors.AddRange(e.Errors.Select(x => x.Message));
            return Page();
        }
    }

    /// <summary>Sets a new password; the user's existing sign-ins end.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(string userName, [FromForm] string? password, CancellationToken cancellationToken)
    {
        try
        {
            await users.SetPasswordAsync(userName, password ?? string.Empty, Actor, cancellationToken);
            Flash = $"New password set for {userName}; their existing sign-ins have ended.";
        }
        catch (Exception e) when (e is ContentValidationException or UserNotFoundException)
        {
            FlashError = e is ContentValidationException v ? string.Join(" ", v.Errors.Select(x => x.Message)) : e.Message;
        }

        return Redirect($"/admin/users/{Uri.EscapeDataString(userName)}");
    }

    private async Task<CmsUser?> FindAsync(string userName, CancellationToken cancellationToken) =>
        (await users.ListAsync(Actor, cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
}
