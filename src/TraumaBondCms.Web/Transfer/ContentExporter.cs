using System.Text.Json;
using System.Text.Json.Nodes;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Signing;

namespace TraumaBondCms.Web.Transfer;

/// <summary>
/// Writes published content with its signatures, for another instance (staging to production): a recipe whose
/// <c>Content</c> step lists each published version (ids, type, fields) with its valid clinical approvals, signatures
/// included, items before the items that refer to them; a <c>Media</c> step before it brings the files those versions
/// use (<see cref="MediaExport"/>), since their hashes are part of what was signed. The importing instance publishes an item only when an approval
/// of its exact content verifies against this instance's public key, which it must be configured to trust (the key set
/// is included for reference; trust never comes from the file itself). Thread-safe.
/// </summary>
public sealed class ContentExporter(ICmsStore store, ContentDefinitionCache definitions, ServerSigningKeys keys, Media.IMediaStore files, TimeProvider clock)
{
    private const int PageSize = 500;

    /// <summary>The export of the published items of <paramref name="types"/> (every type when empty) as recipe JSON; also returns how many items it holds.</summary>
    public async Task<(string Json, int Items)> ExportAsync(IReadOnlyCollection<string> types, CancellationToken cancellationToken = default)
    {
        foreach (var type in types)
        {
            _ = definitions.Catalog.Get(type);
        }

        await using var session = await store.OpenReadAsync(cancellationToken);
        var items = new List<ContentItem>();
        string? after = null;
        do
        {
            var page = await session.Content.QueryAsync(new ContentQuery { ContentTypes = types.Count == 0 ? null : [.. types], Status = ContentStatusFilter.Published, First = PageSize, After = after }, cancellationToken);
            items.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);

        var media = await MediaExport.StepAsync(session, files, definitions.Catalog, items, cancellationToken);
        var entries = new JsonArray();
        var exported = items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        foreach (var item in DependencyOrder(items))
        {
            var approvals = (await session.Workflow.GetApprovalsAsync(item.ContentItemId, cancellationToken))
                .Where(a => a.IsValid && a.IsClinical && a.ContentHash == item.ContentHash && a.Signature is not null)
                .ToList();
            var entry = new JsonObject
            {
                ["contentItemId"] = item.ContentItemId,
                ["contentItemVersionId"] = item.ContentItemVersionId,
                ["contentType"] = item.ContentType,
                ["culture"] = item.Culture,
                ["published"] = true,
                ["contentHash"] = item.ContentHash,
                ["fields"] = JsonNode.Parse(item.Fields.ToCanonicalJson()),
                ["approvals"] = JsonSerializer.SerializeToNode(approvals, CmsJson.Options),
            };

            // A translation arrives as a translation when its source travels with it (and follows the source version that
            // travels, when it is that one); otherwise it arrives in its culture on its own.
            if (item.TranslationOf is { } source && exported.TryGetValue(source, out var exportedSource))
            {
                entry["translationOf"] = source;
                if (item.SourceVersionId == exportedSource.ContentItemVersionId)
                {
                    entry["sourceVersionId"] = item.SourceVersionId;
                }
            }

            entries.Add(entry);
        }

        var now = clock.GetUtcNow();
        var recipe = new JsonObject
        {
            ["name"] = $"content-export-{now.UtcDateTime:yyyyMMdd-HHmmss}",
            ["displayName"] = "Content export",
            ["description"] = "Published content with its clinical signatures. Import it with 'content import FILE' on an instance that trusts the exporting instance's signing keys (Cms:Signing:TrustedKeysPath).",
            ["exportedUtc"] = now,
            ["signingKeys"] = JsonNode.Parse(keys.Ring.PublicKeys.ToJwks()),
            ["steps"] = media is null
                ? new JsonArray(new JsonObject { ["name"] = "Content", ["items"] = entries })
                : new JsonArray(media, new JsonObject { ["name"] = "Content", ["items"] = entries }),
        };
        return (recipe.ToJsonString(new JsonSerializerOptions(CmsJson.Options) { WriteIndented = true }), entries.Count);
    }

    // Items a version picks or tags, and the source of a translation, come first, so that the importing recipe finds every
    // reference already there. A tag names the item holding the slug in the tagging item's culture, else in any culture.
    private List<ContentItem> DependencyOrder(List<ContentItem> items)
    {
        var byId = items.ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var bySlug = items.Where(i => i.Slug is not null).ToLookup(i => (i.ContentType, i.Slug!));
        var ordered = new List<ContentItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ContentItem item)
        {
            if (!seen.Add(item.ContentItemId))
            {
                return;
            }

            foreach (var field in definitions.Catalog.Get(item.ContentType).Fields)
            {
                var references = field.Kind switch
                {
                    ContentFieldKind.ContentPicker => item.Fields.GetStrings(field.Name).Select(id => byId.GetValueOrDefault(id)),
                    ContentFieldKind.Tags => item.Fields.GetStrings(field.Name).SelectMany(slug => bySlug[(field.EffectiveTaxonomy, slug)]),
                    _ => [],
                };
                foreach (var referenced in references.OfType<ContentItem>())
                {
                    Visit(referenced);
                }
            }

            if (item.TranslationOf is { } source && byId.TryGetValue(source, out var sourceItem))
            {
                Visit(sourceItem);
            }

            ordered.Add(item);
        }

        foreach (var item in items.OrderBy(i => i.ContentItemId, StringComparer.Ordinal))
        {
            Visit(item);
        }

        return ordered;
    }
}
