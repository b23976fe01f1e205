namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>The <c>extensions.code</c> values of the content API's field errors. Stable: front ends switch on them.</summary>
public static class ContentErrorCodes
{
    /// <summary>The request needs a signed-in user or a valid preview token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller may not do this (permission, workflow role, own work, preview token scope).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The item is not in a state that allows this (workflow status, stale expected version, slug in use).</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>Input was rejected; <c>extensions.fields</c> names each field and problem.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";

    /// <summary>The item (or version, comment, schedule) does not exist.</summary>
    public const string NotFound = "NOT_FOUND";
}
