using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search;

/// <summary>One search: the parsed query, the index, filters, the page wanted, and whether facets are counted.</summary>
public sealed record SearchRequest
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The default <see cref="CountWindow"/>.</summary>
    public const int DefaultCountWindow = 1000;

    /// <summary>What to look for.</summary>
    public required SearchQuery Query { get; init; }

    /// <summary>Which index to read.</summary>
    public SearchScope Scope { get; init; } = SearchScope.Public;

    /// <summary>Only items of these content types; null or empty for any.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Only items tagged with at least one of these topic slugs; null or empty for any.</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>Items never returned nor counted (those the caller shows apart, such as pinned crisis resources); null for none.</summary>
    public IReadOnlyCollection<string>? ExcludedItems { get; init; }

    /// <summary>The page size, 1 to <see cref="MaxPageSize"/>.</summary>
    public int First { get; init; } = 10;

    /// <summary>Continue after this position; null for the first page.</summary>
    public SearchPosition? After { get; init; }

    /// <summary>Count the total and the facets (over the best <see cref="CountWindow"/> matches); false leaves them null.</summary>
    public bool IncludeFacets { get; init; } = true;

    /// <summary>How many of the best matches the total and the facets are counted over (see <see cref="SearchPage"/>); at least 1.</summary>
    public int CountWindow { get; init; } = DefaultCountWindow;
}
