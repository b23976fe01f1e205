using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search;

/// <summary>One search: the parsed query, the scope, filters, the page wanted, and whether facets are counted.</summary>
public sealed record SearchRequest
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>What to look for.</summary>
    public required SearchQuery Query { get; init; }

    /// <summary>Which scope to search.</summary>
    public SearchScope Scope { get; init; } = SearchScope.Public;

    /// <summary>Only items of these content types; null or empty for any.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Only items tagged with at least one of these topic slugs; null or empty for any.</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>
    /// Only documents in these cultures, the reader's most preferred first, each read in its own language (the query is
    /// analyzed once per language of the list); with <see cref="CollapseCultures"/>, a document in a later culture counts
    /// only when its localization set has no document in an earlier one in the scope, so each set is found once, in the
    /// reader's best culture. Null: documents of every culture, the query read as English.
    /// </summary>
    public IReadOnlyList<string>? Cultures { get; init; }

    /// <summary>With <see cref="Cultures"/>: find each localization set once, in its most preferred culture (readers); false finds every culture listed (editors).</summary>
    public bool CollapseCultures { get; init; } = true;

    /// <summary>Items never returned nor counted (those the caller shows apart, such as pinned crisis resources); null for none.</summary>
    public IReadOnlyCollection<string>? ExcludedItems { get; init; }

    /// <summary>The page size, 1 to <see cref="MaxPageSize"/>.</summary>
    public int First { get; init; } = 10;

    /// <summary>Continue after this position; null for the first page.</summary>
    public SearchPosition? After { get; init; }

    /// <summary>Count the facets; false leaves them null (the total is always counted).</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>
    /// The reader may still be typing the last word: when it is a bare word it also matches the beginning of title words
    /// (search-as-you-type), <c>gasl</c> finding "Gaslighting".
    /// </summary>
    public bool LastWordIsPrefix { get; init; }
}
