namespace TraumaBondCms.Web.Telemetry;

/// <summary>
/// What <see cref="OperationsGauges"/> last read from the database and the search index. Ages are in seconds (0 when nothing
/// waits); the search index's lag is null while the index is not open.
/// </summary>
public sealed record OperationsSnapshot(
    int ReviewQueueLength,
    double OldestInReviewSeconds,
    int OverdueReReviews,
    int UnverifiedCrisisResources,
    int WebhookBacklog,
    double OldestWebhookSeconds,
    long? SearchIndexLagEntries,
    double? SearchIndexLagSeconds);
