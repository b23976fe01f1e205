using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Recipes;

/// <summary>
/// Runs recipes. A whole recipe is one transaction: if any step fails nothing of it is kept, and the error
/// names the step. The definition and role caches are refreshed only after commit.
/// </summary>
public sealed class RecipeRunner(ICmsStore store, IEnumerable<IRecipeStep> steps, ContentDefinitionCache definitions, RoleCatalog roles, Workflow.WorkflowCatalog workflows, Localization.LocalizationCatalog localization, SessionCheckCache checks, TimeProvider clock)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>Runs <paramref name="recipe"/> in its own transaction.</summary>
    public async Task RunAsync(RecipeDocument recipe, CmsActor actor, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var context = await RunInSessionAsync(session, recipe, actor, progress, cancellationToken);
        await session.CommitAsync(cancellationToken);
        PublishChanges(context);
        // A recipe may change users' roles or disable them.
        checks.ForgetAll();
    }

    /// <summary>
    /// Runs <paramref name="recipe"/> inside a caller's session (setup uses this); the caller commits, then loads the
    /// changes (setup through <see cref="RecipeRunWatcher.LoadAsync(CancellationToken)"/>).
    /// </summary>
    public async Task<RecipeContext> RunInSessionAsync(IStoreSession session, RecipeDocument recipe, CmsActor actor, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var context = new RecipeContext(session, actor, definitions.Catalog, await session.Users.ListRolesAsync(cancellationToken), await session.Site.GetWorkflowsAsync(cancellationToken), progress)
        {
            RecipeName = recipe.Name,
        };
        foreach (var step in recipe.Steps)
        {
            var name = step.GetProperty("name").GetString()!;
            if (!_steps.TryGetValue(name, out var handler))
            {
                throw new RecipeException($"Recipe '{recipe.Name}': unknown step '{name}'. Known steps: {string.Join(", ", _steps.Keys.Order())}.");
            }

            await handler.ExecuteAsync(context, step, cancellationToken);
        }

        var unknown = context.Catalog.Types.Where(t => t.Workflow is { } w && context.Workflows.All(x => x.Name != w)).ToList();
        if (unknown.Count > 0)
        {
            throw new RecipeException($"Recipe '{recipe.Name}': {string.Join(" ", unknown.Select(t => $"content type '{t.Name}' names workflow '{t.Workflow}', which is not defined."))}");
        }

        // Every type readers can see is reviewed, unless its definition explicitly says otherwise (and it holds no free text or images).
        var unreviewed = context.Catalog.Types.Select(t => Core.Workflow.ReviewRequirement.ProblemOf(t, context.Workflows.FirstOrDefault(w => w.Name == t.Workflow))).OfType<string>().ToList();
        if (unreviewed.Count > 0)
        {
            throw new RecipeException($"Recipe '{recipe.Name}': {string.Join(" ", unreviewed)}");
        }

        await session.Site.RecordRecipeRunAsync(recipe.Name, recipe.Hash, clock.GetUtcNow(), actor.UserName, cancellationToken);
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = AuditActions.RecipeRun,
                Reason = recipe.Name,
                Details = JsonSerializer.Serialize(new { recipe.Hash, steps = recipe.Steps.Count }),
            },
            cancellationToken);
        return context;
    }

    // Makes a committed recipe's definition and role changes visible to this process.
    private void PublishChanges(RecipeContext context)
    {
        if (context.DefinitionsChanged)
        {
            definitions.Replace(context.Catalog);
        }

        if (context.RolesChanged)
        {
            roles.Replace(context.Roles);
        }

        if (context.WorkflowsChanged)
        {
            workflows.Replace(context.Workflows);
        }

        if (context.Localization is { } cultures)
        {
            localization.Replace(cultures);
        }
    }
}
