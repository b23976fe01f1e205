namespace TraumaBondCms.Data;

/// <summary>
/// One sign-in (a cookie or a bearer token) as stored: checked on every request, so ending it here signs that cookie or
/// token out everywhere at once. Only the SHA-256 of the session id is kept; the id itself travels inside the protected
/// cookie or token.
/// </summary>
public sealed record SignInSession
{
    /// <summary>Lower-case hex SHA-256 of the session id.</summary>
    public required string SessionHash { get; init; }

    /// <summary>The signed-in user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>How the session is carried: <c>cookie</c> or <c>token</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>When the user signed in.</summary>
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>When it stops working unless extended (a sliding cookie is extended when it is renewed).</summary>
    public required DateTimeOffset ExpiresUtc { get; init; }

    /// <summary>When it was ended by signing out; null while it was not.</summary>
    public DateTimeOffset? EndedUtc { get; init; }

    /// <summary>True when the session works at <paramref name="now"/>: not ended and not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => EndedUtc is null && now < ExpiresUtc;
}
