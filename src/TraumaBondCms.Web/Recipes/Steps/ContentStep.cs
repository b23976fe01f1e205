using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Content</c> step: <c>{ "items": [{ "contentItemId", "contentType", "published", "fields" }] }</c>.
/// Idempotent: an item whose latest version already has the same content is left alone; different content
/// becomes a new version; <c>published: true</c> publishes the latest version if it is not already.
/// </summary>
public sealed class ContentStep(TimeProvider clock) : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Content";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var items = RecipeStepJson.Read<RecipeItem[]>(step, "items", Name);
        var writer = new ContentWriter(context.Session, context.Catalog, context.Workflows, clock);
        int created = 0, updated = 0, published = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            try
            {
                var existing = await context.Session.Content.GetAsync(item.ContentItemId, VersionSelector.Latest, cancellationToken);
                ContentItem latest;
                if (existing is null)
                {
                    latest = await writer.CreateAsync(item.ContentType, item.Fields, context.Actor, item.ContentItemId, cancellationToken);
                    created++;
                }
                else
                {
                    latest = await writer.UpdateAsync(item.ContentItemId, item.Fields, null, context.Actor, cancellationToken);
                    updated += latest.ContentItemVersionId == existing.ContentItemVersionId ? 0 : 1;
                }

                if (item.Published && !latest.Published)
                {
                    await PublishAsync(context, writer, latest, cancellationToken);
                    published++;
                }
            }
            catch (Exception e) when (e is ContentValidationException or DuplicateSlugException or UnknownContentTypeException)
            {
                throw new RecipeException($"Step 'Content', item {i + 1} ('{item.ContentItemId}'): {e.Message}", e);
            }

            if ((i + 1) % 25 == 0)
            {
                context.Report($"Content: {i + 1}/{items.Length} items...");
            }
        }

        context.Report($"Content: {items.Length} item(s): {created} created, {updated} updated, {published} published.");
    }

    // A recipe is trusted to publish, but it is not a clinician: under a workflow that requires approval the
    // item is published with a "recipe" approval that does not count as a clinical review, so it shows up as due
    // for review at once, and the audit entry says it was never reviewed.
    private async Task PublishAsync(RecipeContext context, ContentWriter writer, ContentItem latest, CancellationToken cancellationToken)
    {
        var workflow = writer.WorkflowOf(context.Catalog.Get(latest.ContentType));
        if (workflow is not { RequiresApproval: true })
        {
            await writer.PublishVersionAsync(latest, "Published", context.Actor, null, cancellationToken);
            return;
        }

        await context.Session.Workflow.AddApprovalAsync(
            new Approval
            {
                ApprovalId = ContentIds.New(),
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = latest.ContentItemVersionId,
                ContentHash = latest.ContentHash,
                Reviewer = "recipe",
                ReviewerDisplayName = "Setup recipe (not clinically reviewed)",
                Credential = string.Empty,
                SignedUtc = clock.GetUtcNow(),
                Kind = ApprovalKind.Recipe,
            },
            cancellationToken);
        await writer.PublishVersionAsync(latest, "Published", context.Actor, "published by a recipe without clinical review; due for review now", cancellationToken);
    }

    private sealed record RecipeItem(string ContentItemId, string ContentType, bool Published, JsonElement Fields);
}
