using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// The first half of the two-person rule for reviewer credentials: granting a credential, changing it, or granting a
/// role that reviews (<see cref="Permissions.ReviewContent"/>) records who granted it and when, and withdraws any earlier
/// confirmation, so the credential cannot sign until a second administrator confirms it
/// (<see cref="Users.CredentialConfirmationService"/>). Pure.
/// </summary>
public static class CredentialGrants
{
    /// <summary><paramref name="changed"/> with its grant recorded when, compared with <paramref name="before"/> (null for a new account), the credential or reviewing role was granted.</summary>
    public static CmsUser Track(CmsUser changed, CmsUser? before, RoleCatalog roles, CmsActor actor, DateTimeOffset now)
    {
        var reviews = roles.PermissionsOf(changed.Roles).Contains(Permissions.ReviewContent);
        var reviewedBefore = before is not null && roles.PermissionsOf(before.Roles).Contains(Permissions.ReviewContent);
        var credentialChanged = changed.Credential is not null && changed.Credential != before?.Credential;
        if (!credentialChanged && !(reviews && !reviewedBefore && changed.Credential is not null))
        {
            return changed;
        }

        return changed with { CredentialGrantedBy = actor.AuditName, CredentialGrantedUtc = now, CredentialConfirmedBy = null, CredentialConfirmedUtc = null };
    }
}
