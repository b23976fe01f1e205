using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Users;

/// <summary>A user as the API shows it: never the password hash or security stamp.</summary>
public sealed record UserResponse(string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, ReviewerCredential? Credential, bool Disabled, bool LockedOut, DateTimeOffset CreatedUtc)
{
    /// <summary>Maps a user.</summary>
    public static UserResponse From(CmsUser user, DateTimeOffset now) =>
        new(user.UserName, user.DisplayName, user.Email, user.Roles, user.Credential, user.Disabled, user.LockoutEndUtc > now, user.CreatedUtc);
}
