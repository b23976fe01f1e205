using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Users;

/// <summary>A reviewer credential and where it stands with the two-person rule: who granted it, who confirmed it, when.</summary>
public sealed record CredentialResponse(
    string UserName,
    string DisplayName,
    string? Credential,
    string? GrantedBy,
    DateTimeOffset? GrantedUtc,
    string? ConfirmedBy,
    DateTimeOffset? ConfirmedUtc,
    bool Confirmed,
    string? CreatedBy)
{
    /// <summary>Maps a user.</summary>
    public static CredentialResponse From(CmsUser user) => new(
        user.UserName,
        user.DisplayName,
        user.Credential?.ToString(),
        user.CredentialGrantedBy,
        user.CredentialGrantedUtc,
        user.CredentialConfirmedBy,
        user.CredentialConfirmedUtc,
        user.CredentialConfirmed,
        user.CreatedBy);
}
