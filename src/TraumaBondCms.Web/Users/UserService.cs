using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Users;

/// <summary>User administration for the API and the command line: one call, one transaction, audited. Needs <see cref="Permissions.ManageUsers"/>.</summary>
public sealed class UserService(ICmsStore store, UserAccounts accounts)
{
    /// <summary>All users, by name.</summary>
    public async Task<IReadOnlyList<CmsUser>> ListAsync(CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Users.ListAsync(cancellationToken);
    }

    /// <summary>Creates a user.</summary>
    public Task<CmsUser> CreateAsync(NewUser request, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, session => accounts.CreateAsync(session, request, actor, null, cancellationToken), cancellationToken);

    /// <summary>Changes roles, display name, credential and the disabled flag of an existing user.</summary>
    public Task<CmsUser> UpdateAsync(string userName, IReadOnlyList<string> roles, string? displayName, ReviewerCredential? credential, bool disabled, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, async session =>
        {
            var user = await FindAsync(session, userName, cancellationToken);
            var changed = await accounts.UpdateProfileAsync(session, user, roles, displayName, credential, actor, null, cancellationToken);
            if (changed.Disabled != disabled)
            {
                // Disabling also rotates the stamp: the user's tokens and cookies stop working at once.
                changed = changed with { Disabled = disabled, SecurityStamp = Guid.NewGuid().ToString("N") };
                await session.Users.UpdateAsync(changed, cancellationToken);
            }

            return changed;
        }, cancellationToken);

    /// <summary>Sets a user's password.</summary>
    public Task<CmsUser> SetPasswordAsync(string userName, string password, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, async session => await accounts.SetPasswordAsync(session, await FindAsync(session, userName, cancellationToken), password, actor, cancellationToken), cancellationToken);

    private async Task<T> WriteAsync<T>(CmsActor actor, Func<IStoreSession, Task<T>> change, CancellationToken cancellationToken)
    {
        Require(actor);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var result = await change(session);
        await session.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<CmsUser> FindAsync(IStoreSession session, string userName, CancellationToken cancellationToken) =>
        await session.Users.FindByNameAsync(userName, cancellationToken) ?? throw new UserNotFoundException(userName);

    private static void Require(CmsActor actor)
    {
        if (!actor.Has(Permissions.ManageUsers))
        {
            throw new CmsForbiddenException(Permissions.ManageUsers, "Managing users");
        }
    }
}
