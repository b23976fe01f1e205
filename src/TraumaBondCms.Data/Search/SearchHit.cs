namespace TraumaBondCms.Data.Search;

/// <summary>
/// One matching version as a node's index has it: the item, the version the index holds, its content type, score and
/// position, and whether it matched only some of the meaningful words. What a reader sees of it (title, slug, snippets)
/// comes from the database when the hit is shown, never from the index.
/// </summary>
public sealed record SearchHit
{
    /// <summary>The item's id.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The id of the version the index holds for the item in the scope searched.</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>The content type.</summary>
    public required string ContentType { get; init; }

    /// <summary>The relevance score: higher is better; comparable only within one search on one node.</summary>
    public required double Score { get; init; }

    /// <summary>The hit's place in the ranking, to continue after it.</summary>
    public required SearchPosition Position { get; init; }

    /// <summary>True when the version matched only some of the meaningful words of the query.</summary>
    public bool Partial { get; init; }

    /// <summary>The culture the version is written in.</summary>
    public string Culture { get; init; } = Core.Localization.CultureNames.BuiltInDefault;
}
