using TraumaBondCms.Core.Localization;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Search;

/// <summary>
/// A stored search document as an index holds it: the version it describes, the scopes it belongs to (the published
/// version of a live item is public, its latest version editorial, one version may be both) and its
/// <see cref="DocumentId"/>, which is fixed when the document is first stored and orders equal scores on every node.
/// </summary>
public sealed record IndexedDocument(
    long DocumentId,
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    bool Public,
    bool Editorial,
    SearchDocument Document)
{
    /// <summary>The culture the text is written in: it picks the analysis of its language.</summary>
    public string Culture { get; init; } = CultureNames.BuiltInDefault;

    /// <summary>The localization set the item shares with its translations.</summary>
    public string LocalizationSet { get; init; } = ContentItemId;

    /// <summary>The cultures of the other members of its set that are in the public scope (a search in a culture with fallbacks prefers them).</summary>
    public IReadOnlyList<string> PublicSiblingCultures { get; init; } = [];

    /// <summary>The cultures of the other members of its set that are in the editorial scope.</summary>
    public IReadOnlyList<string> EditorialSiblingCultures { get; init; } = [];
}
