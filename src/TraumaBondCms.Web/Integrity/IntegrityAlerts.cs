using System.Collections.Concurrent;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Integrity;

/// <summary>
/// Raises the alarm when a published version fails its integrity check as it is loaded: once per version (per node), it
/// logs at Critical, records an <see cref="AuditActions.IntegrityWithheld"/> audit entry and a <see cref="ContentEvents.Withheld"/>
/// webhook event (in a transaction of their own, after the read), and keeps the version in <see cref="Withheld"/> for the
/// dashboard's banner until a later check passes again. Thread-safe.
/// </summary>
public sealed class IntegrityAlerts(ICmsStore store, IEnumerable<IContentEventSink> sinks, TimeProvider clock, ILogger<IntegrityAlerts> logger)
{
    private readonly ConcurrentDictionary<string, WithheldVersion> _withheld = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _recording = new();

    /// <summary>The versions this node withholds now, the most recently found first.</summary>
    public IReadOnlyList<WithheldVersion> Withheld => _withheld.Values.OrderByDescending(w => w.DetectedUtc).ThenBy(w => w.ContentItemId, StringComparer.Ordinal).ToList();

    /// <summary>Takes note of verdicts on <paramref name="versions"/> (in the same order): alarms for each newly withheld one.</summary>
    public void Observe(IReadOnlyList<ContentItem> versions, IReadOnlyList<PublishedVerdict> verdicts)
    {
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            if (verdicts[i] is { Servable: false, Problem: { } problem })
            {
                var withheld = new WithheldVersion(version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, problem, clock.GetUtcNow());
                if (_withheld.TryAdd(version.ContentItemVersionId, withheld))
                {
                    Raise(version, withheld);
                }
            }
            else if (_withheld.TryRemove(version.ContentItemVersionId, out var cleared))
            {
                logger.LogWarning("Published {ContentType} {ContentItemId} (version {ContentItemVersionId}) passes its integrity check again and is served to readers.", cleared.ContentType, cleared.ContentItemId, cleared.ContentItemVersionId);
            }
        }
    }

    /// <summary>Waits until the audit entries and webhook events of alarms raised so far are written (tests, shutdown).</summary>
    public Task DrainAsync() => Task.WhenAll(_recording.Keys);

    private void Raise(ContentItem version, WithheldVersion withheld)
    {
        logger.LogCritical(
            "Published {ContentType} {ContentItemId} (version {ContentItemVersionId}) failed its integrity check and is withheld from readers: {Problem}",
            version.ContentType, version.ContentItemId, version.ContentItemVersionId, withheld.Problem);
        var recording = Task.Run(() => RecordAsync(version, withheld));
        _recording.TryAdd(recording, 0);
        recording.ContinueWith(t => _recording.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task RecordAsync(ContentItem version, WithheldVersion withheld)
    {
        try
        {
            await using var session = await store.BeginWriteAsync();
            await session.Audit.AppendAsync(AuditEntry.ForVersion(version, AuditActions.IntegrityWithheld, null, withheld.DetectedUtc, withheld.Problem));
            var contentEvent = new ContentEvent(ContentEvents.Withheld, version.ContentItemId, version.ContentItemVersionId, version.ContentType, version.DisplayText, version.ContentHash, null, withheld.DetectedUtc)
            {
                Problem = withheld.Problem,
            };
            foreach (var sink in sinks)
            {
                await sink.RecordAsync(session, contentEvent, CancellationToken.None);
            }

            await session.CommitAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The version stays withheld and the Critical log line stands; only the record of it failed.
            logger.LogError(e, "Recording the integrity failure of {ContentItemId} in the audit log failed.", version.ContentItemId);
        }
    }
}
