using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>
/// A version rendered as readers would see it, with the review comments anchored to each field (empty when none are shown)
/// and the items its pickers point at (keyed <c>field:value</c>, see <see cref="AdminReadService.ReferencesAsync"/>), so
/// related resources and topics show as titles and links, not ids.
/// </summary>
public sealed record RenderedFields(ContentTypeDefinition Type, ContentItem Version, ILookup<string, ReviewComment> CommentsByField, IReadOnlyDictionary<string, ContentItem> References);
