using Microsoft.Extensions.Options;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Http;

/// <summary>
/// Knows the database's current content generation (see <see cref="IContentGenerationRepository"/>) without asking the
/// database on every request. The generation is read again whenever <see cref="ICmsStore.Changes"/> has risen since the
/// last read (after each commit of this process, before the write call returns; and within milliseconds of a commit by
/// another node or the command line, while the store listens), and at least every
/// <see cref="ContentGraphQLOptions.SnapshotRecheckInterval"/> in case the listener is down.
/// <para>
/// Why no reader sees stale content after a publish returns: the publish commits, then the signal rises, then the
/// publish call returns. A reader that starts after that sees a count different from the one recorded with the last
/// generation read, so it reads the generation again, which the database raised inside the publish's transaction.
/// Another node's signal rises only after the commit (a notification is delivered on commit), so the same holds there
/// from the moment the notification arrives. The count is always read before the generation's snapshot starts, so a
/// recorded pair never claims more than the snapshot saw.
/// </para>
/// Thread-safe.
/// </summary>
public sealed class PublishedGenerationGate(ICmsStore store, IOptions<ContentGraphQLOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Observation? _last;

    /// <summary>The current content generation.</summary>
    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var commits = store.Changes.Count;
        if (Fresh(Volatile.Read(ref _last), commits) is { } known)
        {
            return known;
        }

        // One reader refreshes while the others wait for its answer, instead of all asking the database after a publish.
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            commits = store.Changes.Count;
            if (Fresh(Volatile.Read(ref _last), commits) is { } refreshed)
            {
                return refreshed;
            }

            long generation;
            await using (var session = await store.OpenReadAsync(cancellationToken))
            {
                generation = await session.ContentGeneration.GetAsync(cancellationToken);
            }

            Volatile.Write(ref _last, new Observation(generation, commits, clock.GetTimestamp()));
            return generation;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private long? Fresh(Observation? last, long commits) =>
        last is not null && last.Commits == commits && clock.GetElapsedTime(last.ReadAt) < options.Value.SnapshotRecheckInterval
            ? last.Generation
            : null;

    // A generation read, the commit count read just before its snapshot started, and when.
    private sealed record Observation(long Generation, long Commits, long ReadAt);
}
