namespace TraumaBondCms.Web.Admin;

/// <summary>The workflow actions box: the item, where to come back to after an action, the user's roles, and whether checks warned (which asks signers for an override reason).</summary>
public sealed record TransitionPanel(ItemView View, string ReturnUrl, IReadOnlySet<string> Roles, bool ChecksWarned);
