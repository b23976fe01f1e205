using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Auth;

/// <summary>What is needed to create a user (from the API, the command line or a recipe).</summary>
public sealed record NewUser
{
    /// <summary>The sign-in name: 3–64 letters, digits, '.', '-', '_' or '@'.</summary>
    public required string UserName { get; init; }

    /// <summary>The shown name; defaults to the user name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Contact address; optional.</summary>
    public string? Email { get; init; }

    /// <summary>The password, acceptable to <see cref="PasswordPolicy"/> (at least <see cref="PasswordPolicy.MinLength"/> characters, not a common one).</summary>
    public required string Password { get; init; }

    /// <summary>Role names; each must be defined.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The reviewer credential, for clinical reviewers.</summary>
    public ReviewerCredential? Credential { get; init; }
}
