using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.Users;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin.Pages;

/// <summary>
/// <c>/admin/users</c>: every user with roles, reviewer credential, its expiry and who confirmed it (a second administrator
/// confirms a credential waiting for it here, re-entering their password), lockout and status; and a form to add one.
/// </summary>
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UsersModel(
    UserService users, CredentialConfirmationService credentials, SecondFactorService secondFactors, RoleCatalog roles, Workflow.WorkflowCatalog workflows, IOptions<GovernanceOptions> governance, TimeProvider clock)
    : AdminPageModel
{
    /// <summary>True when credentials sign without a second administrator (and say so): nothing waits for confirmation.</summary>
    public bool SingleAdministratorMode => governance.Value.SingleAdministratorMode;

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

    /// <summary>The users who set up an authenticator app, by user id.</summary>
    public IReadOnlySet<string> SecondFactorUsers { get; private set; } = new HashSet<string>();

    /// <summary>True when the signed-in administrator signs with an authenticator code (the confirm form asks for one).</summary>
    public bool SignsWithCode => Actor.UserId is { } id && SecondFactorUsers.Contains(id);

    /// <summary>Lists the users and who set up a second factor.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await users.ListAsync(Actor, cancellationToken);
        var enrolled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in Users)
        {
            if ((await secondFactors.GetAsync(user.UserId, cancellationToken))?.Confirmed == true)
            {
                enrolled.Add(user.UserId);
            }
        }

        SecondFactorUsers = enrolled;
    }

    /// <summary>Removes <paramref name="userName"/>'s second factor (a lost phone): they set one up again at their next sign-in.</summary>
    public async Task<IActionResult> OnPostResetSecondFactorAsync([FromForm] string? userName, CancellationToken cancellationToken)
    {
        try
        {
            var user = (await users.ListAsync(Actor, cancellationToken)).FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase))
                ?? throw new UserNotFoundException(userName ?? string.Empty);
            Flash = await secondFactors.ResetAsync(user, Actor.AuditName, cancellationToken)
                ? $"The second factor of {user.UserName} was removed: they set up their authenticator app again when they next sign in."
                : $"{user.UserName} had no second factor.";
        }
        catch (UserNotFoundException e)
        {
            FlashError = e.Message;
        }

        return Redirect("/admin/users");
    }

    /// <summary>
    /// Confirms <paramref name="userName"/>'s reviewer credential as the signed-in administrator, with their
    /// <paramref name="password"/>; the two-person rule decides (<see cref="CredentialConfirmationService"/>), and a refusal
    /// says every reason.
    /// </summary>
    public async Task<IActionResult> OnPostConfirmAsync([FromForm] string? userName, [FromForm] string? password, [FromForm] string? code, CancellationToken cancellationToken)
    {
        try
        {
            var user = await credentials.ConfirmAsync(userName ?? string.Empty, string.IsNullOrEmpty(password) ? null : password, string.IsNullOrWhiteSpace(code) ? null : code.Trim(), Actor, cancellationToken);
            Flash = $"The credential of {user.UserName} is confirmed by {user.CredentialConfirmedBy}: they can sign.";
        }
        catch (WorkflowRefusedException e)
        {
            FlashError = "Not confirmed. " + string.Join(" ", e.Decision.Refusals.Select(r => r.Message));
        }
        catch (UserNotFoundException e)
        {
            FlashError = e.Message;
        }

        return Redirect("/admin/users");
    }

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
