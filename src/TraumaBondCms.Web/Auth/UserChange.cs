using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// A change to an existing user: each member left null keeps its value (a PATCH, a recipe); a PUT gives every member.
/// A change of roles, or disabling, signs the user out everywhere (the security stamp changes).
/// </summary>
public sealed record UserChange
{
    /// <summary>The new display name; null keeps it.</summary>
    public string? DisplayName { get; init; }

    /// <summary>The new role names (replacing all); null keeps them.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>True when <see cref="Credential"/> replaces the credential (null then removes it); false keeps it.</summary>
    public bool SetsCredential { get; init; }

    /// <summary>The new reviewer credential when <see cref="SetsCredential"/>; null removes it.</summary>
    public ReviewerCredential? Credential { get; init; }

    /// <summary>Disable (true) or enable (false) the account; null keeps it.</summary>
    public bool? Disabled { get; init; }

    /// <summary>True when <see cref="Email"/> replaces the contact address (null or blank then removes it); false keeps it.</summary>
    public bool SetsEmail { get; init; }

    /// <summary>The new contact address, when <see cref="SetsEmail"/>.</summary>
    public string? Email { get; init; }
}
