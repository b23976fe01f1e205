namespace TraumaBondCms.Core.Workflow;

/// <summary>
/// A review comment on one version of an item, optionally anchored to a field and, inside a Text or Markdown
/// field, to a character range; replies point at their parent. Resolvable.
/// </summary>
public sealed record ReviewComment
{
    /// <summary>The comment's id.</summary>
    public required string CommentId { get; init; }

    /// <summary>The item.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The version commented on.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>The comment this replies to; null for a thread's first comment.</summary>
    public string? ParentId { get; init; }

    /// <summary>The author's user name.</summary>
    public required string Author { get; init; }

    /// <summary>The text (plain text).</summary>
    public required string Body { get; init; }

    /// <summary>The field it is about; null for the item as a whole.</summary>
    public string? Field { get; init; }

    /// <summary>Start of the commented range in the field's text (UTF-16 offset); null for the whole field.</summary>
    public int? RangeStart { get; init; }

    /// <summary>End (exclusive) of the commented range.</summary>
    public int? RangeEnd { get; init; }

    /// <summary>The text of the range when the comment was made, so the anchor survives later edits.</summary>
    public string? QuotedText { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>When it was resolved; null while open.</summary>
    public DateTimeOffset? ResolvedUtc { get; init; }

    /// <summary>Who resolved it.</summary>
    public string? ResolvedBy { get; init; }
}
