using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>ContentDefinition</c> step: <c>{ "contentTypes": [ ... ] }</c>; adds or replaces types by name after
/// checking the whole resulting catalog (so a picker may name a type defined later in the same step). A change that
/// makes a field required (or changes a required field) is refused while a live item's latest or published version
/// has no valid value for it: required fields are non-null over GraphQL, and that promise holds for stored items too.
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

        var previous = context.Catalog;
        try
        {
            context.Catalog = context.Catalog.With(changed);
        }
        catch (ContentDefinitionException e)
        {
            throw new RecipeException($"Step 'ContentDefinition': {string.Join(" ", e.Problems)}", e);
        }

        foreach (var type in changed)
        {
            await CheckRequiredFieldsAsync(context, previous.Find(type.Name), type, cancellationToken);
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

    private static async Task CheckRequiredFieldsAsync(RecipeContext context, ContentTypeDefinition? before, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var tightened = type.Fields
            .Where(f => f.Required && before?.GetField(f.Name) is var old && (old is null || !SameField(old, f)))
            .ToList();
        if (before is null || tightened.Count == 0)
        {
            return;
        }

        var lacking = new List<string>();
        foreach (var status in new[] { ContentStatusFilter.Latest, ContentStatusFilter.Published })
        {
            var query = new ContentQuery { ContentTypes = [type.Name], Status = status, First = 500, CountTotal = false, OrderBy = [new ContentOrder(ContentField.Id)] };
            while (true)
            {
                var page = await context.Session.Content.QueryAsync(query, cancellationToken);
                lacking.AddRange(page.Items
                    .SelectMany(item => tightened.Where(f => !ContentFieldValidator.HasValidValue(f, item.Fields)).Select(f => $"{item.ContentItemId}.{f.Name}")));
                if (!page.HasNextPage)
                {
                    break;
                }

                query = query with { After = page.NextCursor };
            }
        }

        if (lacking.Count > 0)
        {
            var shown = lacking.Distinct(StringComparer.Ordinal).ToList();
            throw new RecipeException(
                $"Step 'ContentDefinition': type '{type.Name}' makes field(s) required that {shown.Count} live item value(s) do not satisfy " +
                $"({string.Join(", ", shown.Take(5))}{(shown.Count > 5 ? ", ..." : string.Empty)}); give those items a valid value first.");
        }
    }

    private static bool SameField(ContentFieldDefinition a, ContentFieldDefinition b) =>
        JsonSerializer.Serialize(a, CmsJson.Options) == JsonSerializer.Serialize(b, CmsJson.Options);

    private static bool SameDefinition(ContentTypeDefinition a, ContentTypeDefinition b) =>
        JsonSerializer.Serialize(a, CmsJson.Options) == JsonSerializer.Serialize(b, CmsJson.Options);
}
