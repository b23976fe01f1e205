namespace TraumaBondCms.Core.Search;

/// <summary>
/// What the search index keeps of one content version, in four fields ranked in this order: <see cref="Title"/>
/// (the display text), <see cref="Tags"/> (the titles of the topics it is tagged with), <see cref="Summary"/>
/// (summary-like text) and <see cref="Body"/> (everything else worth finding, Markdown as plain text).
/// <see cref="Topics"/> are the topic slugs offered as facets and filters. Text is kept as written, for snippets.
/// Built by <see cref="SearchDocumentBuilder"/>; immutable once stored with its version.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>The version's display text.</summary>
    public required string Title { get; init; }

    /// <summary>Topic titles, one per line; empty when untagged.</summary>
    public string Tags { get; init; } = string.Empty;

    /// <summary>Summary and description text; empty when the type has none.</summary>
    public string Summary { get; init; } = string.Empty;

    /// <summary>The rest of the searchable text; empty when there is none.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Slugs of the topics (taxonomy <c>Topic</c>) the version is tagged with, distinct, in field order.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
