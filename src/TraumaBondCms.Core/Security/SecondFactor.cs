namespace TraumaBondCms.Core.Security;

/// <summary>
/// A user's second identification component: an authenticator app's TOTP secret (RFC 6238) and the one-time recovery codes
/// issued with it. Enrolment starts with a secret that is not yet <see cref="Confirmed"/>; the first right code confirms it.
/// </summary>
public sealed record SecondFactor
{
    /// <summary>The user.</summary>
    public required string UserId { get; init; }

    /// <summary>The TOTP secret, protected by the host (Data Protection); never the bare secret.</summary>
    public required string ProtectedSecret { get; init; }

    /// <summary>When enrolment started.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When the first right code confirmed the app has the secret; null while enrolment is pending.</summary>
    public DateTimeOffset? ConfirmedUtc { get; init; }

    /// <summary>The newest TOTP time step a code was accepted for: a code counts once, and only codes of later steps are fresh.</summary>
    public long LastUsedStep { get; init; }

    /// <summary>The recovery codes: SHA-256 hashes only, each usable once.</summary>
    public IReadOnlyList<RecoveryCode> RecoveryCodes { get; init; } = [];

    /// <summary>True once enrolment was confirmed: sign-in and signatures then ask for a code.</summary>
    public bool Confirmed => ConfirmedUtc is not null;
}
