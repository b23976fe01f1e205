using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// The host's own spans and event metrics, through the shared framework's <see cref="ActivitySource"/> and
/// <see cref="Meter"/> named <see cref="Name"/> (OpenTelemetry subscribes when telemetry is configured; otherwise each call
/// costs a flag check). Spans and tags never carry reader text: search spans record the scope and counts, webhook spans
/// the event and outcome, never a query, URL secret or payload. Gauges sampled from the database are in
/// <see cref="OperationsGauges"/>. Thread-safe.
/// </summary>
public static class CmsTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "TraumaBondCms";

    /// <summary>The host's spans: search, webhook deliveries.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Lookups in the CMS's caches, by <c>cms.cache</c> (name) and <c>cms.cache.result</c> (<c>hit</c> or <c>miss</c>): the hit rate.</summary>
    public static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("cms.cache.lookups", "{lookup}", "Cache lookups by cache and result (hit or miss).");

    /// <summary>Search latency by <c>cms.search.scope</c>.</summary>
    public static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>("cms.search.duration", "s", "Time to answer a search, by scope.");

    /// <summary>Webhook delivery attempts by <c>cms.webhook.outcome</c> (<c>delivered</c>, <c>retry</c>, <c>failed</c>).</summary>
    public static readonly Counter<long> WebhookAttempts = Meter.CreateCounter<long>("cms.webhook.attempts", "{attempt}", "Webhook delivery attempts by outcome.");

    /// <summary>
    /// Password attempts held back by the sign-in throttle, by <c>cms.auth.kind</c> (<c>sign_in</c>, <c>signature</c>): the
    /// CMS's lockouts, which hold back the guessing client rather than locking the account.
    /// </summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>("cms.auth.throttled", "{attempt}", "Password attempts held back by the sign-in throttle (the lockout), by kind.");

    /// <summary>Counts one attempt held back by the throttle.</summary>
    public static void CountThrottled(string kind) => Throttled.Add(1, new KeyValuePair<string, object?>("cms.auth.kind", kind));

    /// <summary>Counts one lookup of <paramref name="cache"/>.</summary>
    public static void CountLookup(string cache, bool hit)
    {
        if (CacheLookups.Enabled)
        {
            CacheLookups.Add(1, new KeyValuePair<string, object?>("cms.cache", cache), new KeyValuePair<string, object?>("cms.cache.result", hit ? "hit" : "miss"));
        }
    }
}
