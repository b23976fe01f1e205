namespace TraumaBondCms.Core.Security;

/// <summary>A role and the permissions it grants, as defined by the <c>Roles</c> recipe step.</summary>
public sealed record RoleDefinition(string Name, string? Description, IReadOnlyList<string> Permissions);
