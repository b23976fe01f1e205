using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Users;

/// <summary>
/// A user as the API shows it: never the password hash or security stamp. <see cref="FailedSignIns"/> counts wrong
/// passwords since the last sign-in (they slow down the clients that typed them; they never lock the account).
/// </summary>
public sealed record UserResponse(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, ReviewerCredential? Credential, bool Disabled, int FailedSignIns, DateTimeOffset CreatedUtc)
{
    /// <summary>Maps a user.</summary>
    public static UserResponse From(CmsUser user) =>
        new(user.UserName, user.DisplayName, user.Email, user.Roles, user.Credential, user.Disabled, user.FailedSignIns, user.CreatedUtc);
}
