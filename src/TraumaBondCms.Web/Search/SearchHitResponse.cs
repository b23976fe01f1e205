using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Web.Search;

/// <summary>
/// One hit: the item summary (id, type, display text, slug), its score and highlighted snippets (escaped HTML, matches in
/// <c>&lt;mark&gt;</c>). Pinned crisis resources have <see cref="Pinned"/> = <c>crisis</c> and no score, topics offered when
/// nothing matched <c>topic</c>; hits that match only some of the meaningful words have <see cref="Partial"/> = true. Editorial searches also say the version's status and whether it is
/// the published one.
/// </summary>
public sealed record SearchHitResponse(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    string? Slug,
    double? Score,
    IReadOnlyList<SearchSnippet> Snippets,
    string? Pinned = null,
    bool? Partial = null,
    string? Status = null,
    bool? Published = null)
{
    /// <summary>Public searches: true for sample content published without clinical review (never in Production); null otherwise.</summary>
    public bool? Sample { get; init; }

    /// <summary>The culture of the item found.</summary>
    public string Culture { get; init; } = Core.Localization.CultureNames.BuiltInDefault;
}
