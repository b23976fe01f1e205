using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/users/{userName}</c>: one user's display name, email, roles, reviewer credential and expiry, disabled flag, and a
/// new password; warns when someone who may review has no valid credential (they could not approve anything).
/// </summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UserEditModel(UserService users, RoleCatalog roles, Workflow.WorkflowCatalog workflows, TimeProvider clock) : AdminPageModel
{
    /// <summary>The roles that may sign (approve or renew a review) in some workflow.</summary>
    public IReadOnlySet<string> SigningRoles => SigningRolesOf(workflows);

    /// <summary>Today (UTC), to tell an expired credential.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

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
                SetsEmail = true,
                Email = Form.Email,
            };
            var saved = await users.UpdateAsync(user.UserName, change, Actor, cancellationToken);
            Flash = $"{user.UserName} saved.";
            FlashWarning = CredentialWarning(saved, SigningRoles, Today);
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

    /// <summary>The roles named on a signing transition (approve, renew review) of any of <paramref name="workflows"/>' workflows.</summary>
    public static IReadOnlySet<string> SigningRolesOf(Workflow.WorkflowCatalog workflows) =>
        workflows.All.SelectMany(w => w.Transitions).Where(t => t.IsSignature).SelectMany(t => t.Roles).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The warning for a user with a role that signs approvals (<paramref name="signingRoles"/>) but no valid credential: every
    /// approval they try will be refused, which they would otherwise learn only then. Null when there is nothing to warn about.
    /// </summary>
    public static string? CredentialWarning(CmsUser user, IReadOnlySet<string> signingRoles, DateOnly? today = null)
    {
        if (!user.Roles.Any(signingRoles.Contains))
        {
            return null;
        }

        return user.Credential is null
            ? $"{user.UserName} may review but has no reviewer credential, so they cannot approve anything: add their licence under “Reviewer credential”."
            : today is { } day && !user.Credential.IsValidOn(day)
                ? $"{user.UserName}'s credential expired on {user.Credential.ExpiresOn:yyyy-MM-dd}, so they cannot approve anything until it is renewed."
                : null;
    }

    private async Task<CmsUser?> FindAsync(string userName, CancellationToken cancellationToken) =>
        (await users.ListAsync(Actor, cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
}
