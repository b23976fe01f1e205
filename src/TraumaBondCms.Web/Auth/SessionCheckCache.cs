using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TraumaBondCms.Web.Configuration;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// This node's memory of recent successful session checks (<see cref="CmsAuthenticationHandler"/>): for
/// <see cref="AuthOptions.SessionCheckCacheTime"/> after a request found its session active and its user enabled with the
/// same security stamp, later requests with that session are answered from memory instead of reading the user, the session
/// and the second factor again. Ending a session, ending a user's sessions, and changing users, second factors or running a
/// recipe on this node forget what was remembered at once; a change made on another node (or by the command line) takes
/// effect here within <see cref="AuthOptions.SessionCheckCacheTime"/>. At most <see cref="Capacity"/> sessions are
/// remembered (a few hundred bytes each). Thread-safe.
/// </summary>
public sealed class SessionCheckCache(IOptions<CmsOptions> options, TimeProvider clock)
{
    /// <summary>The most sessions remembered at once; past it, checks of further sessions read the database.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>
    /// Taken before a check reads the database and given back to <see cref="Remember"/>: a check that overlapped something
    /// forgotten since is not remembered (it may have read the state from before the change).
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// True when the session with <paramref name="sessionHash"/> was found active for <paramref name="userId"/> with
    /// <paramref name="stamp"/> less than <see cref="AuthOptions.SessionCheckCacheTime"/> ago (and has not expired since);
    /// <paramref name="withoutRoles"/> says whether the user's roles were withheld for want of a second factor.
    /// </summary>
    public bool TryGet(string sessionHash, string userId, string stamp, out bool withoutRoles)
    {
        withoutRoles = false;
        if (!_entries.TryGetValue(sessionHash, out var entry) || entry.Until <= clock.GetUtcNow() || entry.UserId != userId || entry.Stamp != stamp)
        {
            return false;
        }

        withoutRoles = entry.WithoutRoles;
        return true;
    }

    /// <summary>
    /// Remembers a successful check of the session with <paramref name="sessionHash"/>, which expires at
    /// <paramref name="sessionExpiresUtc"/>, unless something was forgotten since <paramref name="generation"/> was taken.
    /// </summary>
    public void Remember(string sessionHash, string userId, string stamp, DateTimeOffset sessionExpiresUtc, bool withoutRoles, long generation)
    {
        var time = options.Value.Auth.SessionCheckCacheTime;
        if (time <= TimeSpan.Zero || generation != Generation)
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (!_entries.ContainsKey(sessionHash) && _entries.Count >= Capacity)
        {
            foreach (var (key, old) in _entries.Where(e => e.Value.Until <= now))
            {
                _entries.TryRemove(KeyValuePair.Create(key, old));
            }

            if (_entries.Count >= Capacity)
            {
                return;
            }
        }

        var entry = new Entry(userId, stamp, now + time < sessionExpiresUtc ? now + time : sessionExpiresUtc, withoutRoles);
        _entries[sessionHash] = entry;
        // Something forgotten between the check above and the write: forget this too (it may predate the change).
        if (generation != Generation)
        {
            _entries.TryRemove(KeyValuePair.Create(sessionHash, entry));
        }
    }

    /// <summary>Forgets one session (signed out on this node).</summary>
    public void ForgetSession(string sessionHash)
    {
        Interlocked.Increment(ref _generation);
        _entries.TryRemove(sessionHash, out _);
    }

    /// <summary>Forgets every session of <paramref name="userId"/> (signed out everywhere, second factor changed).</summary>
    public void ForgetUser(string userId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, entry) in _entries.Where(e => e.Value.UserId == userId))
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
    }

    /// <summary>Forgets every session (users changed by an administrator or a recipe).</summary>
    public void ForgetAll()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(string UserId, string Stamp, DateTimeOffset Until, bool WithoutRoles);
}
