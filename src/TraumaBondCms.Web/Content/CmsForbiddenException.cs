namespace TraumaBondCms.Web.Content;

/// <summary>The actor lacks the permission an operation needs; nothing was changed.</summary>
public sealed class CmsForbiddenException(string permission, string operation)
    : Exception($"{operation} needs the '{permission}' permission.")
{
    /// <summary>The missing permission.</summary>
    public string Permission { get; } = permission;
}
