namespace TraumaBondCms.Web.Auth;

/// <summary>Claim types the CMS adds to its cookies and tokens beyond the standard name, id and role.</summary>
public static class CmsClaimTypes
{
    /// <summary>The user's display name.</summary>
    public const string DisplayName = "tbcms:display_name";

    /// <summary>The user's security stamp when the token was issued; a changed stamp invalidates the token.</summary>
    public const string SecurityStamp = "tbcms:security_stamp";

    /// <summary>The id of the server-side sign-in session; the request is refused once that session ended.</summary>
    public const string SessionId = "tbcms:session";
}
