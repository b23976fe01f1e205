namespace TraumaBondCms.Data.Search;

/// <summary>
/// One matching version: the item it belongs to, its score and position, and a snippet for each document field that
/// matched. <see cref="Status"/> and <see cref="Published"/> describe the version (useful in the editorial scope).
/// </summary>
public sealed record SearchHit
{
    /// <summary>The item's id.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The matching version's id.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>The content type.</summary>
    public required string ContentType { get; init; }

    /// <summary>The version's display text.</summary>
    public required string DisplayText { get; init; }

    /// <summary>The version's slug; null when its type has none.</summary>
    public string? Slug { get; init; }

    /// <summary>The version's workflow status.</summary>
    public required string Status { get; init; }

    /// <summary>The version is the published one.</summary>
    public required bool Published { get; init; }

    /// <summary>The relevance score: higher is better; comparable only within one search on one engine.</summary>
    public required double Score { get; init; }

    /// <summary>The hit's place in the ranking, to continue after it.</summary>
    public required SearchPosition Position { get; init; }

    /// <summary>Highlighted snippets of the fields that matched, in field order (title, tags, summary, body).</summary>
    public required IReadOnlyList<SearchSnippet> Snippets { get; init; }
}
