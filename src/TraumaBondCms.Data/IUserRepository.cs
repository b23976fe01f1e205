using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Data;

/// <summary>Users and role definitions.</summary>
public interface IUserRepository
{
    /// <summary>The user with this sign-in name (ignoring case); null when none.</summary>
    Task<CmsUser?> FindByNameAsync(string userName, CancellationToken cancellationToken = default);

    /// <summary>The user with this id; null when none.</summary>
    Task<CmsUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>All users, ordered by user name.</summary>
    Task<IReadOnlyList<CmsUser>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a user; throws <see cref="DuplicateUserException"/> when the name is taken.</summary>
    Task InsertAsync(CmsUser user, CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored user with the same id.</summary>
    Task UpdateAsync(CmsUser user, CancellationToken cancellationToken = default);

    /// <summary>All role definitions, ordered by name.</summary>
    Task<IReadOnlyList<RoleDefinition>> ListRolesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a role definition.</summary>
    Task UpsertRoleAsync(RoleDefinition role, CancellationToken cancellationToken = default);
}
