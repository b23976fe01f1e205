using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Import;

namespace TraumaBondCms.Web.Import;

/// <summary>What an import stored: the Article draft, its FAQ drafts, and the importer's findings for the editor.</summary>
public sealed record ArticleImportResult(ContentItem Article, IReadOnlyList<ContentItem> Faqs, ImportedArticle Imported);
