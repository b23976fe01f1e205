using System.Collections.Concurrent;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Failures counted by key (a client address, an account at a client, ...) with exponential backoff: once it has
/// <c>freeFailures</c> the key must wait <c>firstWait</c>, after one more twice that, then four times, ... up to <c>maxWait</c>. A key with
/// no failure for <c>maxWait</c> starts afresh. In memory, bounded: past <c>capacity</c> keys the quiet ones are dropped first.
/// Thread-safe.
/// </summary>
internal sealed class FailureBackoff(int freeFailures, TimeSpan firstWait, TimeSpan maxWait, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="key"/> must still wait at <paramref name="now"/>; null when it need not.</summary>
    public TimeSpan? WaitAt(string key, DateTimeOffset now) =>
        _entries.TryGetValue(key, out var entry) && entry.WaitUntil > now ? entry.WaitUntil - now : null;

    /// <summary>True when <paramref name="key"/> has failures that are still remembered at <paramref name="now"/>.</summary>
    public bool Remembers(string key, DateTimeOffset now) => _entries.TryGetValue(key, out var entry) && !entry.ForgottenAt(now, maxWait);

    /// <summary>Counts a failure of <paramref name="key"/> at <paramref name="now"/>.</summary>
    public void Fail(string key, DateTimeOffset now)
    {
        _entries.AddOrUpdate(key, _ => Next(null, now), (_, entry) => Next(entry, now));
        if (_entries.Count > capacity)
        {
            Prune(now);
        }
    }

    /// <summary>Forgets the failures of <paramref name="key"/>.</summary>
    public void Forget(string key) => _entries.TryRemove(key, out _);

    private Entry Next(Entry? previous, DateTimeOffset now)
    {
        var failures = (previous is null || previous.ForgottenAt(now, maxWait) ? 0 : previous.Failures) + 1;
        var over = failures - freeFailures + 1;
        var wait = over <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(firstWait.TotalSeconds * Math.Pow(2, Math.Min(over - 1, 30)), maxWait.TotalSeconds));
        return new Entry(failures, now, now + wait);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.ForgottenAt(now, maxWait) || (_entries.Count > capacity && entry.WaitUntil <= now))
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset WaitUntil)
    {
        public bool ForgottenAt(DateTimeOffset now, TimeSpan maxWait) => now - LastFailure >= maxWait && WaitUntil <= now;
    }
}
