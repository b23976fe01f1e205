using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Import;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Import;

/// <summary>
/// Turns a plain-text or Markdown article into a draft Article and FAQ drafts that point at it, in one
/// transaction. Nothing is published: imported text goes through clinical review like any other draft.
/// </summary>
public sealed class ArticleImportService(ICmsStore store, ContentDefinitionCache definitions, Workflow.WorkflowCatalog workflows, Workflow.PublicationGate gate, TimeProvider clock)
{
    private readonly PlainTextArticleImporter _importer = new();

    /// <summary>Imports <paramref name="text"/>; a slug already in use gets a numeric suffix (<c>-2</c>, <c>-3</c>, ...).</summary>
    public async Task<ArticleImportResult> ImportAsync(string text, ImportOptions? options, CmsActor actor, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var imported = _importer.Import(text, options);
        await using var session = await store.BeginWriteAsync(cancellationToken);
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        var article = await writer.CreateAsync(
            "Article",
            JsonSerializer.SerializeToElement(new
            {
                title = imported.Title,
                slug = await FreeSlugAsync(session, "Article", Slugs.FromText(imported.Title), cancellationToken),
                summary = string.IsNullOrEmpty(imported.Summary) ? null : imported.Summary,
                body = imported.BodyMarkdown,
            }),
            actor,
            cancellationToken: cancellationToken);
        progress?.Report($"Article draft '{article.DisplayText}' ({article.ContentItemId}).");

        var faqs = new List<ContentItem>();
        for (var i = 0; i < imported.Faqs.Count; i++)
        {
            var faq = imported.Faqs[i];
            faqs.Add(await writer.CreateAsync(
                "Faq",
                JsonSerializer.SerializeToElement(new
                {
                    question = faq.Question,
                    slug = await FreeSlugAsync(session, "Faq", Slugs.FromText(faq.Question), cancellationToken),
                    answer = faq.AnswerMarkdown,
                    article = new[] { article.ContentItemId },
                    position = i + 1,
                }),
                actor,
                cancellationToken: cancellationToken));
            progress?.Report($"FAQ draft {i + 1}/{imported.Faqs.Count}: {faq.Question}");
        }

        await session.CommitAsync(cancellationToken);
        return new ArticleImportResult(article, faqs, imported);
    }

    private static async Task<string> FreeSlugAsync(IStoreSession session, string contentType, string slug, CancellationToken cancellationToken)
    {
        var stem = slug.Length > Slugs.MaxLength - 4 ? slug[..(Slugs.MaxLength - 4)].TrimEnd('-') : slug;
        var candidates = new[] { slug }.Concat(Enumerable.Range(2, 98).Select(n => $"{stem}-{n}")).ToArray();
        var taken = await session.Content.FindBySlugsAsync(contentType, candidates, cancellationToken: cancellationToken);
        return candidates.FirstOrDefault(c => !taken.ContainsKey(c)) ?? $"{stem}-{ContentIds.New()[..8]}";
    }
}
