using TraumaBondCms.Data.Search.Lucene;

namespace TraumaBondCms.Data.Search;

/// <summary>Applying the log and rebuilding, always under the node's gate.</summary>
public sealed partial class SearchIndexNode
{
    private const int RebuildPageSize = 1000;

    // Rounds of: read changes after the applied sequence and the documents of their items, in one snapshot; replace the
    // items' entries. A rebuild request, a log pruned past what the index holds, or a log that ends before it, turns the
    // round into a rebuild.
    private async Task CatchUpLockedAsync(LuceneSearchEngine engine, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var changed = false;
        while (true)
        {
            await using var session = await store.OpenReadAsync(cancellationToken);
            var batch = await session.Search.GetChangesAsync(engine.AppliedSequence, options.BatchSize, cancellationToken);
            // An index ahead of the log was built from another database (a restored backup, a database put back in place):
            // none of it can be trusted.
            if (batch.PrunedThrough > engine.AppliedSequence || batch.LastSequence < engine.AppliedSequence || batch.Changes.Any(c => c.IsRebuild))
            {
                await session.DisposeAsync();
                await RebuildLockedAsync(engine, progress, cancellationToken);
                changed = true;
                continue;
            }

            if (batch.Changes.Count == 0)
            {
                // Sequences of transactions that rolled back leave gaps: nothing else is there to apply.
                if (batch.LastSequence > engine.AppliedSequence)
                {
                    engine.Apply([], [], batch.LastSequence);
                    changed = true;
                }

                break;
            }

            var items = batch.Changes.Select(c => c.ContentItemId).ToHashSet(StringComparer.Ordinal);
            var documents = await session.Search.GetIndexedDocumentsAsync(items, cancellationToken);
            engine.Apply(items, documents, batch.Changes[^1].Sequence);
            changed = true;
        }

        if (changed)
        {
            engine.Refresh();
        }
    }

    // Everything the database holds at one snapshot, and that snapshot's last sequence: changes after it follow as usual.
    private async Task RebuildLockedAsync(LuceneSearchEngine engine, IProgress<SearchRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        var last = (await session.Search.GetChangesAsync(long.MaxValue, 0, cancellationToken)).LastSequence;
        var total = (await session.Search.CountAsync(cancellationToken)).Documents;
        engine.Clear();
        var done = 0L;
        progress?.Report(new SearchRebuildProgress(0, total));
        var after = 0L;
        while (true)
        {
            var page = await session.Search.ReadIndexedDocumentsAsync(after, RebuildPageSize, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            engine.Apply([], page, 0);
            done += page.Count;
            after = page[^1].DocumentId;
            progress?.Report(new SearchRebuildProgress(done, Math.Max(total, done)));
        }

        engine.Apply([], [], last);
        engine.Commit();
        engine.Refresh();
        _lastCommit = DateTimeOffset.UtcNow;
    }

    private async Task PruneWhenDueAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow - _lastPrune < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastPrune = DateTimeOffset.UtcNow;
        await using var session = await store.BeginWriteAsync(cancellationToken);
        await session.Search.PruneChangesAsync(DateTimeOffset.UtcNow - options.Retention, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }
}
