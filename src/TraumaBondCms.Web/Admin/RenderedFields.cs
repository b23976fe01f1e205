using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>A version rendered as readers would see it, with the review comments anchored to each field (empty when none are shown).</summary>
public sealed record RenderedFields(ContentTypeDefinition Type, ContentItem Version, ILookup<string, ReviewComment> CommentsByField);
