using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Localization;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Localization;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Recipes.Steps;

/// <summary>
/// The <c>Content</c> step: <c>{ "sample": false, "items": [{ "contentItemId", "contentType", "published", "fields",
/// "contentItemVersionId"?, "contentHash"?, "approvals"?, "culture"?, "translationOf"?, "sourceVersionId"? }] }</c>. A new
/// item is created in <c>culture</c> (the default culture when absent), as a translation of <c>translationOf</c> when given
/// (put the source earlier in the recipe). Idempotent: an item whose latest version already has the same content
/// is left alone; different content becomes a new version (with <c>contentItemVersionId</c> when given, as exports do).
/// <c>published: true</c> asks to publish, which <see cref="ContentArrival"/> grants only on a verified signature (the
/// item's <c>approvals</c>), for types exempt from review, or for a <c>sample</c> step where samples may be served;
/// otherwise the item is submitted for review. Every write is recorded under the operator who ran the recipe.
/// </summary>
public sealed class ContentStep(ContentArrival arrival, PublicationGate gate, TimeProvider clock) : IRecipeStep
{
    /// <inheritdoc />
    public string Name => "Content";

    /// <inheritdoc />
    public async Task ExecuteAsync(RecipeContext context, JsonElement step, CancellationToken cancellationToken)
    {
        var items = RecipeStepJson.Read<RecipeItem[]>(step, "items", Name);
        var sample = step.TryGetProperty("sample", out var flag) && flag.ValueKind == JsonValueKind.True;
        var writer = new ContentWriter(context.Session, context.Catalog, context.Workflows, gate, clock);
        int created = 0, updated = 0;
        var outcomes = new Dictionary<ContentArrival.Outcome, int>();
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            try
            {
                var existing = await context.Session.Content.GetAsync(item.ContentItemId, VersionSelector.Latest, cancellationToken);
                ContentItem latest;
                if (existing is null)
                {
                    var culture = item.Culture is null && item.TranslationOf is null ? null : new NewItemCulture(item.Culture, item.TranslationOf, item.SourceVersionId);
                    latest = await writer.CreateAsync(item.ContentType, item.Fields, context.Actor, item.ContentItemId, item.ContentItemVersionId, culture, cancellationToken);
                    created++;
                }
                else
                {
                    latest = item.ContentItemVersionId is { } versionId && existing.ContentItemVersionId != versionId
                        ? await writer.SaveImportedAsync(item.ContentItemId, item.Fields, versionId, context.Actor, cancellationToken)
                        : await writer.UpdateAsync(item.ContentItemId, item.Fields, null, context.Actor, cancellationToken);
                    updated += latest.ContentItemVersionId == existing.ContentItemVersionId ? 0 : 1;
                }

                if (item.ContentHash is { } exported && exported != latest.ContentHash)
                {
                    context.Report($"Content: '{item.ContentItemId}': its fields hash to {latest.ContentHash}, not to the {exported} it was exported with: they were changed on the way.");
                }

                var outcome = await arrival.SettleAsync(context, writer, latest, item.Published, sample, item.Approvals ?? [], cancellationToken);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
            catch (Exception e) when (e is ContentValidationException or DuplicateSlugException or UnknownContentTypeException or TranslationExistsException)
            {
                throw new RecipeException($"Step 'Content', item {i + 1} ('{item.ContentItemId}'): {e.Message}", e);
            }

            if ((i + 1) % 25 == 0)
            {
                context.Report($"Content: {i + 1}/{items.Length} items...");
            }
        }

        context.Report($"Content: {items.Length} item(s): {created} created, {updated} updated, "
            + $"{outcomes.GetValueOrDefault(ContentArrival.Outcome.Published)} published on a verified signature or exempt, "
            + $"{outcomes.GetValueOrDefault(ContentArrival.Outcome.PublishedAsSample)} published as unreviewed samples, "
            + $"{outcomes.GetValueOrDefault(ContentArrival.Outcome.Approved)} approved but not published, "
            + $"{outcomes.GetValueOrDefault(ContentArrival.Outcome.SubmittedForReview)} waiting for clinical review.");
    }

    private sealed record RecipeItem(
        string ContentItemId,
        string ContentType,
        bool Published,
        JsonElement Fields,
        string? ContentItemVersionId,
        string? ContentHash,
        IReadOnlyList<Approval>? Approvals,
        string? Culture = null,
        string? TranslationOf = null,
        string? SourceVersionId = null);
}
