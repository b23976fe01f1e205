using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using QRCoder;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// The second identification component of sign-in and signatures (FDA 21 CFR 11.200: two distinct components): an
/// authenticator app's codes (<see cref="TotpCodes"/>), set up by the user with a QR code or the secret typed in, proved with
/// a first code, plus ten one-time recovery codes stored as SHA-256 hashes. The secret is kept protected by the Data
/// Protection key ring. A code counts once: after a code of one time step is used, only codes of later steps are accepted,
/// so a signature always needs a fresh one. Callers throttle wrong codes like wrong passwords. Every change is audited.
/// Thread-safe.
/// </summary>
public sealed class SecondFactorService(
    ICmsStore store, IDataProtectionProvider protection, TotpCodes codes, SignInThrottle throttle, IOptions<CmsOptions> options, IHostEnvironment environment, SessionCheckCache checks, TimeProvider clock)
{
    /// <summary>How many recovery codes are issued at a time.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>The issuer authenticator apps show beside the account.</summary>
    public const string Issuer = "TraumaBond CMS";

    private readonly IDataProtector _protector = protection.CreateProtector("TraumaBondCms.Auth.SecondFactor.v1");

    /// <summary>True when accounts of <see cref="AuthOptions.SecondFactorRoles"/> must use a second factor here.</summary>
    public bool Required => options.Value.Auth.RequireSecondFactor ?? !environment.IsDevelopment();

    /// <summary>True when <paramref name="roles"/> make an account need a second factor here.</summary>
    public bool IsRequiredFor(IEnumerable<string> roles) => Required && roles.Any(r => options.Value.Auth.SecondFactorRoles.Contains(r, StringComparer.Ordinal));

    /// <summary>The user's second factor, confirmed or pending; null when none.</summary>
    public async Task<SecondFactor?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.SecondFactors.GetAsync(userId, cancellationToken);
    }

    /// <summary>
    /// Starts setting up an authenticator app for <paramref name="user"/> (whose password the caller has just checked): a new
    /// secret, pending until <see cref="ConfirmAsync"/>. Refused while a confirmed one exists (an administrator resets it first).
    /// </summary>
    public async Task<SecondFactorEnrolment> BeginAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        var secret = TotpCodes.NewSecret();
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (await session.SecondFactors.GetAsync(user.UserId, cancellationToken) is { Confirmed: true })
        {
            throw Refused("SecondFactor", RefusalKind.Conflict, "Your authenticator app is already set up. To move to a new phone, ask an administrator to reset your second factor, then set it up again.");
        }

        var now = clock.GetUtcNow();
        await session.SecondFactors.SaveAsync(
            new SecondFactor { UserId = user.UserId, ProtectedSecret = _protector.Protect(TotpCodes.ToBase32(secret)), CreatedUtc = now },
            cancellationToken);
        await AuditAsync(session, AuditActions.SecondFactorStarted, user.UserName, null, now, cancellationToken);
        await session.CommitAsync(cancellationToken);

        var uri = TotpCodes.UriFor(secret, user.UserName, Issuer);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SecondFactorEnrolment(TotpCodes.ToBase32(secret), uri, new PngByteQRCode(data).GetGraphic(5));
    }

    /// <summary>
    /// Confirms the pending setup of user <paramref name="userId"/> with a first code from the app; returns the recovery codes,
    /// shown this once. Throws <see cref="WorkflowRefusedException"/> when there is nothing to confirm or the code is wrong.
    /// </summary>
    public async Task<IReadOnlyList<string>> ConfirmAsync(string userId, string? code, CancellationToken cancellationToken = default)
    {
        if (throttle.SignatureWait(userId) is { } wait)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [SignatureCheck.Throttled(wait)]));
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var user = await session.Users.FindByIdAsync(userId, cancellationToken) ?? throw Refused("SecondFactor", RefusalKind.Conflict, "There is no such user.");
        var pending = await session.SecondFactors.GetAsync(user.UserId, cancellationToken);
        if (pending is null or { Confirmed: true })
        {
            throw Refused("SecondFactor", RefusalKind.Conflict, pending is null ? "Start setting up your authenticator app first." : "Your authenticator app is already set up.");
        }

        if (string.IsNullOrWhiteSpace(code) || codes.MatchStep(SecretOf(pending), code) is not { } step)
        {
            throttle.SignatureFailed(userId);
            throw Refused("SecondFactorCode", RefusalKind.Forbidden, "That code is not the one your authenticator app shows now: check that the phone's time is right, and type the six digits it shows for TraumaBond CMS.");
        }

        var now = clock.GetUtcNow();
        var (plain, hashed) = NewRecoveryCodes();
        await session.SecondFactors.SaveAsync(pending with { ConfirmedUtc = now, LastUsedStep = step, RecoveryCodes = hashed }, cancellationToken);
        await AuditAsync(session, AuditActions.SecondFactorEnrolled, user.UserName, null, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        // The user's sessions get their roles back on this node's next request.
        checks.ForgetUser(user.UserId);
        return plain;
    }

    /// <summary>
    /// Checks <paramref name="code"/> (an authenticator code, or a recovery code) for <paramref name="userId"/> inside the caller's
    /// write <paramref name="session"/>, and uses it up when it is right: the code's time step becomes the last used one (or the
    /// recovery code is marked used and audited). The caller commits.
    /// </summary>
    public async Task<SecondFactorOutcome> ConsumeAsync(IStoreSession session, string userId, string userName, string? code, CancellationToken cancellationToken = default)
    {
        if (await session.SecondFactors.GetAsync(userId, cancellationToken) is not { Confirmed: true } factor)
        {
            return SecondFactorOutcome.NotEnrolled;
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return SecondFactorOutcome.Missing;
        }

        if (codes.MatchStep(SecretOf(factor), code) is { } step)
        {
            if (step <= factor.LastUsedStep)
            {
                return SecondFactorOutcome.Wrong;
            }

            await session.SecondFactors.SaveAsync(factor with { LastUsedStep = step }, cancellationToken);
            return SecondFactorOutcome.AcceptedCode;
        }

        var hash = HashRecoveryCode(code);
        var index = factor.RecoveryCodes.ToList().FindIndex(c => c.UsedUtc is null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c.Hash), Encoding.ASCII.GetBytes(hash)));
        if (index < 0)
        {
            return SecondFactorOutcome.Wrong;
        }

        var now = clock.GetUtcNow();
        var recovery = factor.RecoveryCodes.ToList();
        recovery[index] = recovery[index] with { UsedUtc = now };
        await session.SecondFactors.SaveAsync(factor with { RecoveryCodes = recovery }, cancellationToken);
        await AuditAsync(session, AuditActions.RecoveryCodeUsed, userName, $"{recovery.Count(c => c.UsedUtc is null)} recovery codes left", now, cancellationToken);
        return SecondFactorOutcome.AcceptedRecoveryCode;
    }

    /// <summary>New recovery codes for <paramref name="user"/> (the old ones stop working), shown this once; the caller checked the password and a code.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(CmsUser user, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var factor = await session.SecondFactors.GetAsync(user.UserId, cancellationToken) is { Confirmed: true } confirmed
            ? confirmed
            : throw Refused("SecondFactor", RefusalKind.Conflict, "Set up your authenticator app first.");
        var (plain, hashed) = NewRecoveryCodes();
        var now = clock.GetUtcNow();
        await session.SecondFactors.SaveAsync(factor with { RecoveryCodes = hashed }, cancellationToken);
        await AuditAsync(session, AuditActions.RecoveryCodesRenewed, user.UserName, null, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return plain;
    }

    /// <summary>Removes <paramref name="user"/>'s second factor, as <paramref name="administrator"/> (a lost phone); false when they had none.</summary>
    public async Task<bool> ResetAsync(CmsUser user, string administrator, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        if (!await session.SecondFactors.DeleteAsync(user.UserId, cancellationToken))
        {
            return false;
        }

        await AuditAsync(session, AuditActions.SecondFactorReset, administrator, $"removed the second factor of {user.UserName}", clock.GetUtcNow(), cancellationToken, user.UserName);
        await session.CommitAsync(cancellationToken);
        checks.ForgetUser(user.UserId);
        return true;
    }

    /// <summary>What <see cref="SecondFactorOutcome"/> means as the signature's identification components, e.g. <c>password+totp</c>.</summary>
    public static string SignedWith(SecondFactorOutcome outcome) => outcome switch
    {
        SecondFactorOutcome.AcceptedCode => "password+totp",
        SecondFactorOutcome.AcceptedRecoveryCode => "password+recovery-code",
        _ => "password",
    };

    /// <summary>A recovery code as stored: SHA-256 (hex) of its letters and digits, lower case (dashes and spaces ignored).</summary>
    public static string HashRecoveryCode(string code)
    {
        var normalized = new string(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private byte[] SecretOf(SecondFactor factor) => TotpCodes.FromBase32(_protector.Unprotect(factor.ProtectedSecret));

    // Ten codes of 12 Base32 characters (60 random bits each), written xxxx-xxxx-xxxx.
    private static (List<string> Plain, List<RecoveryCode> Hashed) NewRecoveryCodes()
    {
        var plain = Enumerable.Range(0, RecoveryCodeCount)
            .Select(_ => TotpCodes.ToBase32(RandomNumberGenerator.GetBytes(8))[..12].ToLowerInvariant())
            .Select(c => $"{c[..4]}-{c[4..8]}-{c[8..]}")
            .ToList();
        return (plain, plain.Select(c => new RecoveryCode(HashRecoveryCode(c), null)).ToList());
    }

    private static WorkflowRefusedException Refused(string rule, RefusalKind kind, string message) =>
        new(new TransitionDecision(null, [new TransitionRefusal(rule, kind, message)]));

    private static async Task AuditAsync(IStoreSession session, string action, string actor, string? reason, DateTimeOffset now, CancellationToken cancellationToken, string? subject = null) =>
        await session.Audit.AppendAsync(new AuditEntry { OccurredUtc = now, Actor = actor, Action = action, Reason = reason, Details = JsonSerializer.Serialize(new { user = subject ?? actor }) }, cancellationToken);
}
