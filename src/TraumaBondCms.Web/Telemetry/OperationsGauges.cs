using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Search;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Safety;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// The gauges an operator watches, read from the database every <see cref="TelemetryOptions.GaugeInterval"/> and reported
/// from the last reading (a metric export never waits for the database): review queue length and the age of its oldest
/// version, overdue periodic re-reviews, crisis resources not currently verified, the webhook backlog and the age of its
/// oldest delivery, and the search index's lag behind the change log (<see cref="ISearchIndexLag"/>). Registered only when
/// telemetry is on; its meter (from the host's <see cref="IMeterFactory"/>) goes away with the host. Thread-safe.
/// </summary>
public sealed class OperationsGauges : PeriodicBackgroundService
{
    private readonly ICmsStore _store;
    private readonly ReviewService _reviews;
    private readonly ResourceVerificationService _resources;
    private readonly ISearchIndexLag _searchLag;
    private readonly TimeProvider _clock;
    private readonly IOptions<TelemetryOptions> _options;
    private volatile OperationsSnapshot? _last;

    // Overdue re-reviews are read from the review-date index up to this many: a gauge that says 10,000 says enough.
    private const int MaxOverdueCounted = 10_000;

    /// <summary>Creates the gauges on a meter named <see cref="CmsTelemetry.Name"/>.</summary>
    public OperationsGauges(
        ICmsStore store,
        ReviewService reviews,
        ResourceVerificationService resources,
        ISearchIndexLag searchLag,
        TimeProvider clock,
        IOptions<TelemetryOptions> options,
        IMeterFactory meters,
        ILogger<OperationsGauges> logger)
        : base(logger)
    {
        (_store, _reviews, _resources, _searchLag, _clock, _options) = (store, reviews, resources, searchLag, clock, options);
        var meter = meters.Create(CmsTelemetry.Name);
        Gauge<int>(meter, "cms.review.queue.length", "{version}", "Versions waiting for clinical review.", s => s.ReviewQueueLength);
        Gauge<double>(meter, "cms.review.queue.oldest_age", "s", "How long the oldest version in the review queue has waited.", s => s.OldestInReviewSeconds);
        Gauge<int>(meter, "cms.review.overdue", "{item}", "Published items whose periodic clinical re-review is overdue (counted up to 10,000).", s => s.OverdueReReviews);
        Gauge<int>(meter, "cms.crisis_resources.unverified", "{resource}", "Published crisis resources whose contact channels are not currently verified.", s => s.UnverifiedCrisisResources);
        Gauge<int>(meter, "cms.webhook.backlog", "{delivery}", "Webhook deliveries waiting to be sent or retried.", s => s.WebhookBacklog);
        Gauge<double>(meter, "cms.webhook.backlog.oldest_age", "s", "How long the oldest waiting webhook delivery has waited.", s => s.OldestWebhookSeconds);
        Gauge<long>(meter, "cms.search.index.lag", "{entry}", "Search change log entries not yet applied to this node's index.", s => s.SearchIndexLagEntries);
        Gauge<double>(meter, "cms.search.index.lag.age", "s", "How long the oldest unapplied search change log entry has waited.", s => s.SearchIndexLagSeconds);
    }

    /// <summary>The last reading; null before the first one.</summary>
    public OperationsSnapshot? Last => _last;

    /// <summary>Reads every gauge's value now and keeps them for the next export.</summary>
    public async Task<OperationsSnapshot> SampleAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var queue = await _reviews.QueueAsync(null, 1, null, CmsActor.System, cancellationToken);
        var overdue = await _reviews.OverdueAsync(MaxOverdueCounted, cancellationToken);
        var unverified = await _resources.StatesAsync(overdueOnly: true, CmsActor.System, cancellationToken);
        (int Pending, DateTimeOffset? OldestQueuedUtc) backlog;
        await using (var session = await _store.OpenReadAsync(cancellationToken))
        {
            backlog = await session.Webhooks.GetBacklogAsync(cancellationToken);
        }

        SearchIndexLag? lag;
        try
        {
            lag = await _searchLag.MeasureAsync(cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // The index is not open yet: no lag to report (readiness says why).
            lag = null;
        }

        var snapshot = new OperationsSnapshot(
            queue.TotalCount,
            queue.Items.Count > 0 ? Age(now, queue.Items[0].ModifiedUtc) : 0,
            overdue.Count,
            unverified.Count,
            backlog.Pending,
            backlog.OldestQueuedUtc is { } oldest ? Age(now, oldest) : 0,
            lag?.Entries,
            lag?.OldestAge.TotalSeconds);
        _last = snapshot;
        return snapshot;
    }

    /// <inheritdoc />
    protected override bool Enabled => true;

    /// <inheritdoc />
    protected override TimeSpan Interval => _options.Value.GaugeInterval;

    /// <inheritdoc />
    protected override string JobName => "Sampling the operations gauges";

    /// <inheritdoc />
    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SampleAsync(cancellationToken);

    private static double Age(DateTimeOffset now, DateTimeOffset since) => Math.Max(0, (now - since).TotalSeconds);

    // Reports nothing until the first reading (or while a reading has no value), rather than zeros that would look like an empty queue.
    private void Gauge<T>(Meter meter, string name, string unit, string description, Func<OperationsSnapshot, T?> read)
        where T : struct =>
        meter.CreateObservableGauge(name, () => _last is { } last && read(last) is { } value ? [new Measurement<T>(value)] : Array.Empty<Measurement<T>>(), unit, description);
}
