using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Admin;

/// <summary>The workflow actions box: the item, where to come back to after an action, who is looking, and whether checks warned (which asks signers for an override reason).</summary>
public sealed record TransitionPanel(ItemView View, string ReturnUrl, CmsActor Actor, bool ChecksWarned)
{
    /// <summary>The roles of <see cref="Actor"/>.</summary>
    public IReadOnlySet<string> Roles => Actor.Roles;
}
