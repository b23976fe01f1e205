namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// A clock the test moves: it starts at the real time and stands still until <see cref="Advance"/> moves it on, so the time
/// step of an authenticator code is known. Monotonic timestamps stay the system's (timeouts and elapsed times keep working).
/// Registered in place of the host's <see cref="TimeProvider"/>. Thread-safe.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UtcNow.UtcTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock on by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    /// <summary>Moves the clock to the start of the next 30-second TOTP step (plus a second), so a new code is due.</summary>
    public void NextTotpStep()
    {
        var now = GetUtcNow().ToUnixTimeSeconds();
        Advance(TimeSpan.FromSeconds(30 - (now % 30) + 1));
    }
}
