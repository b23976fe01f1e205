using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Checks the identification components of a signature (approving, renewing a review, verifying a crisis resource,
/// confirming a credential): the acting user must exist and be enabled, the password must be theirs, and when they have a
/// second factor, a fresh code from it (or an unused recovery code) must come with the password; the code is used up. Wrong
/// passwords and codes are throttled per user (<see cref="SignInThrottle"/>): after a few, signing waits with backoff. They
/// never lock the account or slow down anyone's sign-in.
/// </summary>
public sealed class SignatureCheck(ICmsStore store, UserAccounts accounts, SignInThrottle throttle, SecondFactorService secondFactors)
{
    /// <summary>
    /// Verifies <paramref name="password"/> and <paramref name="code"/> for <paramref name="actor"/>. <c>Verified</c> is null when
    /// no password was given, true when every component is right, false otherwise (<c>Problem</c> then says what is missing or
    /// wrong about the second factor; null for a wrong password); <c>User</c> is the stored user when there is one; <c>Wait</c>
    /// is how long the user must wait before signing again (then nothing was checked); <c>SignedWith</c> names the components
    /// given (e.g. <c>password+totp</c>).
    /// </summary>
    public async Task<SignatureVerification> VerifyAsync(CmsActor actor, string? password, string? code, CancellationToken cancellationToken)
    {
        if (actor.UserId is null)
        {
            return new(null, null, null, null, "password");
        }

        CmsUser? user;
        bool enrolled;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            user = await session.Users.FindByIdAsync(actor.UserId, cancellationToken);
            enrolled = await session.SecondFactors.GetAsync(actor.UserId, cancellationToken) is { Confirmed: true };
        }

        if (string.IsNullOrEmpty(password) || user is null)
        {
            return new(null, user, null, null, "password");
        }

        if (throttle.SignatureWait(user.UserId) is { } wait)
        {
            Telemetry.CmsTelemetry.CountThrottled("signature");
            return new(false, user, wait, null, "password");
        }

        if (user.Disabled || !accounts.VerifyPassword(user, password))
        {
            throttle.SignatureFailed(user.UserId);
            return new(false, user, null, null, "password");
        }

        var outcome = SecondFactorOutcome.NotEnrolled;
        if (enrolled)
        {
            await using var session = await store.BeginWriteAsync(cancellationToken);
            outcome = await secondFactors.ConsumeAsync(session, user.UserId, user.UserName, code, cancellationToken);
            await session.CommitAsync(cancellationToken);
        }

        switch (outcome)
        {
            case SecondFactorOutcome.Missing:
                return new(false, user, null, "Your account signs with two components: enter the current code from your authenticator app (or a recovery code) with your password.", "password");
            case SecondFactorOutcome.Wrong:
                throttle.SignatureFailed(user.UserId);
                return new(false, user, null, "The authenticator code is wrong or was used already: a signature needs a fresh code, so wait for the next one your app shows.", "password");
            default:
                throttle.SignatureSucceeded(user.UserId);
                return new(true, user, null, null, SecondFactorService.SignedWith(outcome));
        }
    }

    /// <summary>The refusal a signature gets while <paramref name="wait"/> runs after too many wrong passwords or codes.</summary>
    public static TransitionRefusal Throttled(TimeSpan wait) =>
        new("Signature", RefusalKind.Forbidden, $"Too many wrong passwords or codes: wait {Math.Ceiling(wait.TotalSeconds):0} seconds before signing again. Signing in is not affected.");

    /// <summary>The refusal for a signature whose components did not verify: <paramref name="problem"/> about the second factor, else the password's.</summary>
    public static TransitionRefusal Refusal(bool? verified, string? problem, string action) =>
        new("Signature", RefusalKind.Forbidden, problem ?? (verified is null ? $"Re-enter your password to {action}." : $"The password is wrong; {action} was not done."));
}
