using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// Runs this node's <see cref="SearchIndexNode"/> for the life of the server: on start, opens the index (catching up
/// with the change log, or rebuilding it with progress in the log when it is missing, unreadable or too far behind),
/// waiting at most <see cref="StartupWait"/> before the server answers; then follows the log until shutdown, when it
/// commits what it applied. Searches made before the index is open wait for it within their budget.
/// </summary>
public sealed class SearchIndexFollower(SearchIndexNode node, ILogger<SearchIndexFollower> logger) : BackgroundService
{
    /// <summary>How long starting the server waits for the index to open.</summary>
    public static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);

    private Task? _opening;

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var reported = -1L;
        var progress = new Progress<SearchRebuildProgress>(p =>
        {
            var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
            if (percent / 10 != reported / 10 || p.Done == p.Total)
            {
                reported = percent;
                logger.LogInformation("Rebuilding this node's search index: {Done} of {Total} documents ({Percent}%).", p.Done, p.Total, percent);
            }
        });
        _opening = node.OpenAsync(progress, CancellationToken.None);
        await Task.WhenAny(_opening, Task.Delay(StartupWait, cancellationToken));
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _opening!.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The search index could not be opened; searches will retry.");
        }

        await node.FollowAsync(e => logger.LogWarning(e, "Applying the search change log failed; retrying."), stoppingToken);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await node.DisposeAsync();
    }
}
