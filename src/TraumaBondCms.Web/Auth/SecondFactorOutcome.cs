namespace TraumaBondCms.Web.Auth;

/// <summary>What checking a user's second factor found.</summary>
public enum SecondFactorOutcome
{
    /// <summary>The user has no confirmed second factor: nothing to ask.</summary>
    NotEnrolled,

    /// <summary>The user has one, and no code was given.</summary>
    Missing,

    /// <summary>The code was wrong, already used, or not fresh (a code counts once).</summary>
    Wrong,

    /// <summary>A fresh authenticator code was right (and is now used).</summary>
    AcceptedCode,

    /// <summary>An unused recovery code was right (and is now used).</summary>
    AcceptedRecoveryCode,
}
