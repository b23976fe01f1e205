using System.Security.Claims;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Who is acting in a request or command: a signed-in user with the permissions their roles grant, the
/// system (setup, recipes run from the command line, the scheduler), or an anonymous reader.
/// </summary>
public sealed record CmsActor(string? UserId, string? UserName, string DisplayName, IReadOnlySet<string> Permissions, IReadOnlySet<string> Roles)
{
    /// <summary>The system itself (setup, recipes, the command line), holding every permission and no role; recorded in the audit log as a null actor.</summary>
    public static CmsActor System { get; } = new(null, null, "System", new HashSet<string>(Core.Security.Permissions.All, StringComparer.Ordinal), new HashSet<string>());

    /// <summary>The prefix of an operator's audit name: <c>cli:</c> then the operating-system user or the <c>--actor</c> given.</summary>
    public const string OperatorPrefix = "cli:";

    /// <summary>
    /// The server's operator on the command line (recipes, import, user commands): every permission, no role, recorded in
    /// the audit log as <c>cli:NAME</c>, where NAME is the <c>--actor</c> given or the operating-system user. An operator is
    /// not an account: it cannot sign, and accounts it creates are linked to no administrator.
    /// </summary>
    public static CmsActor Operator(string name) =>
        new(null, OperatorPrefix + name, name, new HashSet<string>(Core.Security.Permissions.All, StringComparer.Ordinal), new HashSet<string>());

    /// <summary>An anonymous reader with no permissions.</summary>
    public static CmsActor Anonymous { get; } = new(null, null, "Anonymous", new HashSet<string>(), new HashSet<string>());

    /// <summary>The actor for a stored user (e.g. the scheduler acting with the authority of whoever scheduled).</summary>
    public static CmsActor ForUser(Core.Security.CmsUser user, RoleCatalog roles) =>
        new(user.UserId, user.UserName, user.DisplayName, roles.PermissionsOf(user.Roles), user.Roles.ToHashSet(StringComparer.Ordinal));

    /// <summary>The name written to audit entries and authorship: the user name, or "system".</summary>
    public string AuditName => UserName ?? (ReferenceEquals(this, Anonymous) ? "anonymous" : "system");

    /// <summary>True when the actor holds <paramref name="permission"/>.</summary>
    public bool Has(string permission) => Permissions.Contains(permission);

    /// <summary>Builds the actor for a request's user.</summary>
    public static CmsActor From(ClaimsPrincipal principal, RoleCatalog roles)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var userRoles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CmsActor(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(ClaimTypes.Name),
            principal.FindFirstValue(CmsClaimTypes.DisplayName) ?? principal.FindFirstValue(ClaimTypes.Name) ?? "user",
            roles.PermissionsOf(userRoles),
            userRoles);
    }
}
