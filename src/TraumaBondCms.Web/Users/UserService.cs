using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Users;

/// <summary>User administration for the API and the command line: one call, one transaction, audited. Needs <see cref="Permissions.ManageUsers"/>.</summary>
public sealed class UserService(ICmsStore store, UserAccounts accounts, SignInSessions sessions, SessionCheckCache checks)
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

    /// <summary>Changes the roles, display name, credential and disabled flag of an existing user; members of <paramref name="change"/> left null keep their value.</summary>
    public Task<CmsUser> UpdateAsync(string userName, UserChange change, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, async session => await accounts.ChangeAsync(session, await FindAsync(session, userName, cancellationToken), change, actor, null, cancellationToken), cancellationToken);

    /// <summary>Ends every sign-in session of the user (an administrator signing them out everywhere); returns how many ended.</summary>
    public Task<int> SignOutEverywhereAsync(string userName, CmsActor actor, CancellationToken cancellationToken = default) =>
        WriteAsync(actor, async session =>
        {
            var user = await FindAsync(session, userName, cancellationToken);
            return await sessions.EndAllAsync(session, user.UserId, user.UserName, actor, cancellationToken);
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
        // A changed password, role or disabled flag, or ended sessions, take effect on this node's next request.
        checks.ForgetAll();
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
