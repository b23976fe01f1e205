using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// On start, indexes content written before search existed: when any latest or published version of a live item has no
/// search document, the indexes are rebuilt. Does nothing (one count query) on an up-to-date database.
/// </summary>
public sealed class SearchIndexUpgrade(ICmsStore store, SearchIndexRebuilder rebuilder, ILogger<SearchIndexUpgrade> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        int missing;
        await using (var session = await store.OpenReadAsync(cancellationToken))
        {
            missing = (await session.Search.CountAsync(cancellationToken)).Unindexed;
        }

        if (missing > 0)
        {
            logger.LogInformation("{Count} content versions have no search document; rebuilding the search indexes.", missing);
            var counts = await rebuilder.RebuildAsync(null, cancellationToken);
            logger.LogInformation("Search indexes rebuilt: {Public} published and {Editorial} latest versions.", counts.Public, counts.Editorial);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
