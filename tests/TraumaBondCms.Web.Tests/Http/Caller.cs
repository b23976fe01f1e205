namespace TraumaBondCms.Web.Tests.Http;

/// <summary>Who sends a hostile input: nobody signed in, an editor, or the administrator (who passes every permission check).</summary>
public enum Caller
{
    /// <summary>No credentials.</summary>
    Anonymous,

    /// <summary>A user with the Editor role.</summary>
    Editor,

    /// <summary>The administrator.</summary>
    Admin,
}
