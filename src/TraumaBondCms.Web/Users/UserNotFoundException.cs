namespace TraumaBondCms.Web.Users;

/// <summary>No user has that name.</summary>
public sealed class UserNotFoundException(string userName) : Exception($"There is no user named '{userName}'.")
{
    /// <summary>The name asked for.</summary>
    public string UserName { get; } = userName;
}
