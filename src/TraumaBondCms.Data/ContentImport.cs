using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data;

/// <summary>
/// One version for <see cref="IContentRepository.ImportAsync"/>: the version as it is to be stored (its flags, and its
/// publication time when published), its index rows, and its search document (null: not found by search).
/// </summary>
public sealed record ContentImport(ContentItem Version, IReadOnlyList<IndexedFieldValue> Index, SearchDocument? Search = null);
