namespace TraumaBondCms.Data;

/// <summary>A user with the same name (ignoring case) already exists.</summary>
public sealed class DuplicateUserException(string userName) : Exception($"A user named '{userName}' already exists.")
{
    /// <summary>The name that is taken.</summary>
    public string UserName { get; } = userName;
}
