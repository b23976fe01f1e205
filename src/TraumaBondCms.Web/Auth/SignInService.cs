using System.Security.Claims;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Checks user name and password for the token endpoint and the admin sign-in, with lockout after
/// repeated failures. Every attempt is audited; a failure never says whether the user exists.
/// </summary>
public sealed class SignInService(ICmsStore store, UserAccounts accounts, RoleCatalog roles, IOptions<CmsOptions> options, TimeProvider clock)
{
    /// <summary>Returns the principal to sign in, or null when the credentials are refused (wrong, locked out or disabled).</summary>
    public async Task<ClaimsPrincipal?> SignInAsync(string userName, string password, string authenticationType, CancellationToken cancellationToken = default)
    {
        var auth = options.Value.Auth;
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var user = await session.Users.FindByNameAsync(userName, cancellationToken);
        var now = clock.GetUtcNow();
        string? failure = user switch
        {
            null => "unknown user",
            { Disabled: true } => "account disabled",
            { LockoutEndUtc: { } end } when end > now => "locked out",
            _ when !accounts.VerifyPassword(user, password) => "wrong password",
            _ => null,
        };

        if (user is not null && failure is "wrong password")
        {
            failure = await RecordWrongPasswordAsync(session, user, cancellationToken);
        }
        else if (user is not null && failure is null && (user.FailedSignIns > 0 || user.LockoutEndUtc is not null))
        {
            await session.Users.UpdateAsync(user with { FailedSignIns = 0, LockoutEndUtc = null }, cancellationToken);
        }

        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = now,
                Actor = user?.UserName ?? Truncate(userName),
                Action = failure is null ? AuditActions.SignInSucceeded : AuditActions.SignInFailed,
                Reason = failure,
                Details = System.Text.Json.JsonSerializer.Serialize(new { via = authenticationType }),
            },
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        return failure is null ? CreatePrincipal(user!, authenticationType) : null;
    }

    /// <summary>
    /// Counts a wrong password against <paramref name="user"/> in <paramref name="session"/> (the caller commits), locking the
    /// account after <see cref="AuthOptions.MaxFailedSignIns"/> in a row; returns the reason to audit. Sign-in and approval
    /// signatures share the count, so a signature form cannot be used to guess passwords either.
    /// </summary>
    public async Task<string> RecordWrongPasswordAsync(IStoreSession session, CmsUser user, CancellationToken cancellationToken = default)
    {
        var auth = options.Value.Auth;
        var failures = user.FailedSignIns + 1;
        var locked = failures >= auth.MaxFailedSignIns;
        await session.Users.UpdateAsync(user with { FailedSignIns = locked ? 0 : failures, LockoutEndUtc = locked ? clock.GetUtcNow() + auth.LockoutDuration : user.LockoutEndUtc }, cancellationToken);
        if (locked)
        {
            Telemetry.CmsTelemetry.Lockouts.Add(1);
        }

        return locked ? "wrong password; account locked" : "wrong password";
    }

    /// <summary>Builds the principal carried by a cookie or token: id, name, display name, roles and security stamp.</summary>
    public ClaimsPrincipal CreatePrincipal(CmsUser user, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.UserId),
            new(ClaimTypes.Name, user.UserName),
            new(CmsClaimTypes.DisplayName, user.DisplayName),
            new(CmsClaimTypes.SecurityStamp, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Where(roles.Exists).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    private static string Truncate(string userName) => userName.Length <= 64 ? userName : userName[..64];
}
