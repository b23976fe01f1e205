using System.Collections.Concurrent;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Answers "may an anonymous reader fetch this file?": only when a published version of a live item uses it. Answers are
/// remembered until the store's change signal moves (a commit here, or on another node), so serving a cached variant to
/// readers costs no query while nothing changes, and an unpublish or takedown stops serving at once. Thread-safe.
/// </summary>
public sealed class PublishedMediaIndex(ICmsStore store)
{
    private ConcurrentDictionary<string, bool> _answers = new(StringComparer.Ordinal);
    private long _seen = -1;

    /// <summary>True when a published version of an item that is not deleted uses the file with this hash.</summary>
    public async Task<bool> IsPublishedAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var signal = store.Changes.Count;
        var answers = _answers;
        if (Interlocked.Read(ref _seen) != signal)
        {
            answers = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            _answers = answers;
            Interlocked.Exchange(ref _seen, signal);
        }

        if (answers.TryGetValue(sha256, out var known))
        {
            return known;
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var published = await session.Media.IsPublishedAsync(sha256, cancellationToken);
        // Kept only if nothing changed while reading: a stale "yes" after a takedown must not outlive the signal.
        if (store.Changes.Count == signal && answers.Count < 100_000)
        {
            answers[sha256] = published;
        }

        return published;
    }
}
