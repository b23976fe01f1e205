using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>
/// A <see cref="CmsTestHost"/> whose webhook dispatcher runs every 100 ms, retries after 100 ms, 600 ms, ... and gives up
/// after 3 attempts, and whose review monitor looks every 200 ms, so deliveries, retries and failures happen within a
/// test. One per test class.
/// </summary>
public sealed class WebhookHost : IDisposable
{
    /// <summary>Attempts before a delivery is Failed in this host.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The host.</summary>
    public CmsTestHost Host { get; } = new(settings: new Dictionary<string, string?>
    {
        ["Cms:Webhooks:DispatchInterval"] = "00:00:00.100",
        ["Cms:Webhooks:RetryBase"] = "00:00:00.100",
        ["Cms:Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cms:Webhooks:ReviewCheckInterval"] = "00:00:00.200",
    });

    /// <inheritdoc />
    public void Dispose() => Host.Dispose();
}
