namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>Waits for something a background service does (the scheduler, the webhook dispatcher), polling with a deadline.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns a value; fails after <paramref name="timeout"/> (default 20 s).</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : struct
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "The awaited change did not happen in time.");
            await Task.Delay(50);
        }
    }
}
