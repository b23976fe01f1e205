using System.Collections.Frozen;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Role definitions in memory: which permissions each role grants. Loaded at start and replaced when a
/// recipe changes roles. Thread-safe.
/// </summary>
public sealed class RoleCatalog(ICmsStore store)
{
    private volatile FrozenDictionary<string, FrozenSet<string>> _roles = FrozenDictionary<string, FrozenSet<string>>.Empty;

    /// <summary>All role definitions.</summary>
    public IReadOnlyList<string> RoleNames => [.. _roles.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when the role exists.</summary>
    public bool Exists(string role) => _roles.ContainsKey(role);

    /// <summary>The union of the permissions the given roles grant; unknown roles grant nothing.</summary>
    public IReadOnlySet<string> PermissionsOf(IEnumerable<string> roles)
    {
        var permissions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (_roles.TryGetValue(role, out var granted))
            {
                permissions.UnionWith(granted);
            }
        }

        return permissions;
    }

    /// <summary>Reloads the roles from the store.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        Replace(await session.Users.ListRolesAsync(cancellationToken));
    }

    /// <summary>Replaces the roles (after the change that produced them has committed).</summary>
    public void Replace(IEnumerable<RoleDefinition> roles) =>
        _roles = roles.ToFrozenDictionary(r => r.Name, r => r.Permissions.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
