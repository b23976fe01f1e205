using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Checks a re-entered password for a signature (approving or renewing a review): the acting user must exist,
/// be enabled and not locked out, and the password must be theirs. Wrong passwords count towards lockout.
/// </summary>
public sealed class SignatureCheck(ICmsStore store, UserAccounts accounts, SignInService signIn, TimeProvider clock)
{
    /// <summary>
    /// Verifies <paramref name="password"/> for <paramref name="actor"/>: <c>Verified</c> is null when no password was given,
    /// true or false otherwise; <c>User</c> is the stored user when there is one.
    /// </summary>
    public async Task<(bool? Verified, CmsUser? User)> VerifyAsync(CmsActor actor, string? password, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return (null, null);
        }

        CmsUser? user;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            user = await session.Users.FindByIdAsync(actor.UserId, cancellationToken);
        }

        if (string.IsNullOrEmpty(password) || user is null)
        {
            return (null, user);
        }

        var usable = !user.Disabled && !(user.LockoutEndUtc > clock.GetUtcNow());
        return (usable && accounts.VerifyPassword(user, password), user);
    }

    /// <summary>Counts a wrong signature password against the actor, in the caller's session.</summary>
    public async Task RecordFailureAsync(IStoreSession session, CmsActor actor, CancellationToken cancellationToken)
    {
        if (actor.UserId is not null && await session.Users.FindByIdAsync(actor.UserId, cancellationToken) is { } user)
        {
            await signIn.RecordWrongPasswordAsync(session, user, cancellationToken);
        }
    }
}
