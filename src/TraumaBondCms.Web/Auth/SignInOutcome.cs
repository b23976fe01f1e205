using System.Security.Claims;

namespace TraumaBondCms.Web.Auth;

/// <summary>The answer to a sign-in attempt: the principal to sign in, or a refusal, or how long the client must wait first.</summary>
/// <param name="Principal">The signed-in user (with a new session); null when refused or throttled.</param>
/// <param name="Wait">How long the client must wait before trying again; null unless throttled (then the password was not checked).</param>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, TimeSpan? Wait)
{
    /// <summary>The attempt was refused: wrong password, unknown user or disabled account (never said which).</summary>
    public static SignInOutcome Refused { get; } = new(null, null);

    /// <summary>The client must wait <paramref name="wait"/> before trying again; nothing was checked.</summary>
    public static SignInOutcome Throttled(TimeSpan wait) => new(null, wait);

    /// <summary>The wait in whole seconds, rounded up, for a <c>Retry-After</c> header; 0 when there is none.</summary>
    public int RetryAfterSeconds => Wait is { } wait ? (int)Math.Ceiling(wait.TotalSeconds) : 0;
}
