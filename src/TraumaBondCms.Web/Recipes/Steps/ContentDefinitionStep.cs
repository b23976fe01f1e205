using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>ContentDefinition</c> step: <c>{ "contentTypes": [ ... ] }</c>; adds or replaces types by name after
/// checking the whole resulting catalog (so a picker may name a type defined later in the same step).
/// </summary>
public sealed class ContentDefinitionStep(TimeProvider clock) : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "ContentDefinition";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var types = RecipeStepJson.Read<ContentTypeDefinition[]>(step, "contentTypes", Name);
        var changed = types.Where(t => context.Catalog.Find(t.Name) is not { } existing || !SameDefinition(existing, t)).ToList();
        if (changed.Count == 0)
        {
            context.Report($"ContentDefinition: {types.Length} type(s), unchanged.");
            return;
        }

        try
        {
            context.Catalog = context.Catalog.With(changed);
        }
        catch (ContentDefinitionException e)
        {
            throw new RecipeException($"Step 'ContentDefinition': {string.Join(" ", e.Problems)}", e);
        }

        await context.Session.Site.UpsertContentTypesAsync(changed, cancellationToken);
        await context.Session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = context.Actor.UserName,
                Action = AuditActions.DefinitionsChanged,
                Details = JsonSerializer.Serialize(new { types = changed.Select(t => t.Name) }),
            },
            cancellationToken);
        context.DefinitionsChanged = true;
        context.Report($"ContentDefinition: {changed.Count} of {types.Length} type(s) added or changed.");
    }

    private static bool SameDefinition(ContentTypeDefinition a, ContentTypeDefinition b) =>
        JsonSerializer.Serialize(a, CmsJson.Options) == JsonSerializer.Serialize(b, CmsJson.Options);
}
