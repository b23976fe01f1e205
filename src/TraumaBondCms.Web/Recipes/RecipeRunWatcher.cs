using Microsoft.Extensions.Options;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Recipes;

/// <summary>
/// Keeps this process's content types, roles, workflows and cultures equal to the database's. They change only through recipes,
/// and every committed recipe run is counted in the database; every <see cref="RecipeOptions.WatchInterval"/> the watcher
/// compares that count with the one it loaded at and reloads all three when it grew: a recipe run from the command line
/// beside a running server, or on another instance sharing the database, reaches this server within one interval (the
/// GraphQL schema follows the content types). Runs in this process publish their changes at once as well.
/// </summary>
public sealed class RecipeRunWatcher(
    ICmsStore store,
    ContentDefinitionCache definitions,
    RoleCatalog roles,
    WorkflowCatalog workflows,
    Localization.LocalizationCatalog localization,
    IOptions<CmsOptions> options,
    ILogger<RecipeRunWatcher> logger) : PeriodicBackgroundService(logger)
{
    private long _loadedAt = -1;

    /// <summary>The recipe run count the loaded definitions reflect (-1 before the first load).</summary>
    public long LoadedAt => Interlocked.Read(ref _loadedAt);

    /// <inheritdoc />
    protected override bool Enabled => options.Value.Recipes.WatchForRuns;

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.Recipes.WatchInterval;

    /// <inheritdoc />
    protected override string JobName => "Looking for recipe runs of other processes";

    /// <summary>Loads content types, roles and workflows from the store (setup calls it before serving and after its first recipe).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default) => await LoadAsync(await CountRunsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var runs = await CountRunsAsync(cancellationToken);
        if (runs != LoadedAt)
        {
            logger.LogInformation("{Count} recipe run(s) since content types, roles and workflows were loaded: loading them again.", runs - Math.Max(0, LoadedAt));
            await LoadAsync(runs, cancellationToken);
        }
    }

    // The count is taken before the catalogs are read: a run that commits meanwhile is either read now or counted as new
    // on the next look.
    private async Task LoadAsync(long runs, CancellationToken cancellationToken)
    {
        await roles.ReloadAsync(cancellationToken);
        await workflows.ReloadAsync(cancellationToken);
        await localization.ReloadAsync(cancellationToken);
        await definitions.ReloadAsync(cancellationToken);
        Interlocked.Exchange(ref _loadedAt, runs);
    }

    private async Task<long> CountRunsAsync(CancellationToken cancellationToken)
    {
        await using var session = await store.OpenReadAsync(cancellationToken);
        return await session.Site.CountRecipeRunsAsync(cancellationToken);
    }
}
