using System.Text.Json;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Workflow</c> step: <c>{ "workflows": [{ "name", "statuses", "initialStatus", "editableIn",
/// "requiresApproval", "transitions": [...] }] }</c>; adds or replaces workflows by name. Content types name
/// the workflow they follow; a type naming an unknown workflow fails the recipe.
/// </summary>
public sealed class WorkflowStep : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Workflow";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var workflows = RecipeStepJson.Read<WorkflowDefinition[]>(step, "workflows", Name);
        var problems = workflows.SelectMany(w => w.Validate()).ToList();
        if (problems.Count > 0)
        {
            throw new RecipeException($"Step 'Workflow': {string.Join(" ", problems)}");
        }

        var merged = context.Workflows.ToDictionary(w => w.Name, StringComparer.Ordinal);
        var changed = workflows.Where(w => !merged.TryGetValue(w.Name, out var existing) || !Same(existing, w)).ToList();
        foreach (var workflow in changed)
        {
            merged[workflow.Name] = workflow;
        }

        if (changed.Count > 0)
        {
            await context.Session.Site.UpsertWorkflowsAsync(changed, cancellationToken);
            context.Workflows = [.. merged.Values];
            context.WorkflowsChanged = true;
        }

        context.Report($"Workflow: {workflows.Length} workflow(s), {changed.Count} added or changed.");
    }

    private static bool Same(WorkflowDefinition a, WorkflowDefinition b) =>
        JsonSerializer.Serialize(a, CmsJson.Options) == JsonSerializer.Serialize(b, CmsJson.Options);
}
