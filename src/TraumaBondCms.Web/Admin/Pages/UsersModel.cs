using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Users;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary><c>/admin/users</c>: every user with roles, reviewer credential and its expiry, lockout and status; and a form to add one.</summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UsersModel(UserService users, RoleCatalog roles, Workflow.WorkflowCatalog workflows, TimeProvider clock) : AdminPageModel
{
    /// <summary>Every user, by name.</summary>
    public IReadOnlyList<CmsUser> Users { get; private set; } = [];

    /// <summary>The roles that may sign (approve or renew a review) in some workflow.</summary>
    public IReadOnlySet<string> SigningRoles => UserEditModel.SigningRolesOf(workflows);

    /// <summary>Every role name.</summary>
    public IReadOnlyList<string> RoleNames => roles.RoleNames;

    /// <summary>Today (UTC), to mark expired credentials.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Now, to mark locked accounts.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The new-user form, kept after a refusal.</summary>
    [BindProperty]
    public UserForm Form { get; set; } = new();

    /// <summary>Messages from a refused create, by field.</summary>
    public ILookup<string, string> Errors { get; private set; } = Array.Empty<FieldError>().ToLookup(e => e.Field, e => e.Message);

    /// <summary>Lists the users.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await users.ListAsync(Actor, cancellationToken);

    /// <summary>Creates a user, or shows the form again with the messages.</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] string? password, CancellationToken cancellationToken)
    {
        try
        {
            var request = new NewUser
            {
                UserName = Form.UserName?.Trim() ?? string.Empty,
                DisplayName = Form.DisplayName,
                Email = string.IsNullOrWhiteSpace(Form.Email) ? null : Form.Email.Trim(),
                Password = password ?? string.Empty,
                Roles = Form.Roles,
                Credential = Form.ToCredential(),
            };
            var user = await users.CreateAsync(request, Actor, cancellationToken);
            Flash = $"User {user.UserName} created.";
            FlashWarning = UserEditModel.CredentialWarning(user, SigningRoles, Today);
            return Redirect("/admin/users");
        }
        catch (ContentValidationException e)
        {
            Errors = e.Errors.ToLookup(x => x.Field, x => x.Message);
        }
        catch (DuplicateUserException e)
        {
            Errors = new[] { new FieldError("userName", e.Message) }.ToLookup(x => x.Field, x => x.Message);
        }

        Users = await users.ListAsync(Actor, cancellationToken);
        return Page();
    }
}
