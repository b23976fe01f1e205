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

    /// <summary>
    /// Present (value <c>required</c>) on a request whose user must set up a second factor before anything else: the handler
    /// then keeps their roles out of the request, so it may only set one up (and sign out).
    /// </summary>
    public const string SecondFactorEnrolment = "tbcms:second_factor_enrolment";
}
