namespace TraumaBondCms.Core.Security;

/// <summary>
/// A person who signs in to the CMS. The password is only ever held hashed
/// (ASP.NET Core's PasswordHasher format). Immutable; the user store writes changes as new records.
/// </summary>
public sealed record CmsUser
{
    /// <summary>The stable user id.</summary>
    public required string UserId { get; init; }

    /// <summary>The sign-in name, unique ignoring case.</summary>
    public required string UserName { get; init; }

    /// <summary>The name shown in the UI and recorded on approvals.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Contact address; null when not given.</summary>
    public string? Email { get; init; }

    /// <summary>The password hash; never the password.</summary>
    public required string PasswordHash { get; init; }

    /// <summary>Changes whenever the password or roles change, so tokens and cookies issued before are refused.</summary>
    public required string SecurityStamp { get; init; }

    /// <summary>The role names the user holds.</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>The reviewer's professional credential; null for users who are not clinicians.</summary>
    public ReviewerCredential? Credential { get; init; }

    /// <summary>Consecutive wrong sign-in passwords since the last success, shown to administrators; it locks nothing.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>
    /// Not set or read any more: wrong passwords now slow down the client that typed them instead of locking the account for
    /// everyone. Kept so that stored users keep their shape.
    /// </summary>
    public DateTimeOffset? LockoutEndUtc { get; init; }

    /// <summary>A disabled user cannot sign in and their tokens are refused.</summary>
    public bool Disabled { get; init; }

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>
    /// Who created the account: a user name, <c>cli:NAME</c> for the server's operator on the command line,
    /// <c>setup</c> for the first administrator; null for accounts created before this was recorded.
    /// </summary>
    public string? CreatedBy { get; init; }

    /// <summary>Who last granted the reviewer credential or the reviewing role (same forms as <see cref="CreatedBy"/>); null when never.</summary>
    public string? CredentialGrantedBy { get; init; }

    /// <summary>When the credential or reviewing role was last granted.</summary>
    public DateTimeOffset? CredentialGrantedUtc { get; init; }

    /// <summary>The second administrator who confirmed the current credential (two-person rule); null while unconfirmed.</summary>
    public string? CredentialConfirmedBy { get; init; }

    /// <summary>When it was confirmed.</summary>
    public DateTimeOffset? CredentialConfirmedUtc { get; init; }

    /// <summary>True when the user has a credential and a second administrator confirmed it.</summary>
    public bool CredentialConfirmed => Credential is not null && CredentialConfirmedBy is not null;
}
