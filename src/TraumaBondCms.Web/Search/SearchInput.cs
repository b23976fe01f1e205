using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>A search as asked for, after parameter checks: the text, filters, page and scope.</summary>
public sealed record SearchInput
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxFirst = 50;

    /// <summary>What the person typed; never logged or stored (see <see cref="SearchQueryShield"/>).</summary>
    public required string Query { get; init; }

    /// <summary>Only these content types; empty for all.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    /// <summary>Only items with one of these topic slugs; empty for all.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The page size, 1 to <see cref="MaxFirst"/>.</summary>
    public int First { get; init; } = 10;

    /// <summary>Continue after this cursor; null for the first page.</summary>
    public SearchCursor? After { get; init; }

    /// <summary>The reader's region (ISO 3166, e.g. <c>US-CA</c>, <c>GB</c>) for crisis resources; null for the site's default region.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// The reader's culture (BCP 47): the query is read in the languages of its fallback chain, each item is found once in the
    /// best culture it has, risk rules of those languages apply, and crisis lines that answer in its language come first.
    /// Null: the default culture (public), every culture (editorial).
    /// </summary>
    public string? Culture { get; init; }

    /// <summary>The index: public (published) or editorial (latest, needs ViewDrafts).</summary>
    public SearchScope Scope { get; init; } = SearchScope.Public;
}
