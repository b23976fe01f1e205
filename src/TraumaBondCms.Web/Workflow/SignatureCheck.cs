using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Checks a re-entered password for a signature (approving or renewing a review): the acting user must exist and be
/// enabled, and the password must be theirs. Wrong passwords are throttled per user (<see cref="SignInThrottle"/>):
/// after a few, signing waits with backoff. They never lock the account or slow down anyone's sign-in.
/// </summary>
public sealed class SignatureCheck(ICmsStore store, UserAccounts accounts, SignInThrottle throttle)
{
    /// <summary>
    /// Verifies <paramref name="password"/> for <paramref name="actor"/>: <c>Verified</c> is null when no password was given,
    /// true or false otherwise; <c>User</c> is the stored user when there is one; <c>Wait</c> is how long the user must wait
    /// before signing again (then the password was not checked and <c>Verified</c> is false).
    /// </summary>
    public async Task<(bool? Verified, CmsUser? User, TimeSpan? Wait)> VerifyAsync(CmsActor actor, string? password, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return (null, null, null);
        }

        CmsUser? user;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            user = await session.Users.FindByIdAsync(actor.UserId, cancellationToken);
        }

        if (string.IsNullOrEmpty(password) || user is null)
        {
            return (null, user, null);
        }

        if (throttle.SignatureWait(user.UserId) is { } wait)
        {
            Telemetry.CmsTelemetry.CountThrottled("signature");
            return (false, user, wait);
        }

        var verified = !user.Disabled && accounts.VerifyPassword(user, password);
        if (verified)
        {
            throttle.SignatureSucceeded(user.UserId);
        }
        else
        {
            throttle.SignatureFailed(user.UserId);
        }

        return (verified, user, null);
    }

    /// <summary>The refusal a signature gets while <paramref name="wait"/> runs after too many wrong passwords.</summary>
    public static TransitionRefusal Throttled(TimeSpan wait) =>
        new("Signature", RefusalKind.Forbidden, $"Too many wrong passwords: wait {Math.Ceiling(wait.TotalSeconds):0} seconds before signing again. Signing in is not affected.");
}
