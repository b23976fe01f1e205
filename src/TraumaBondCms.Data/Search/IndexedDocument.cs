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
    SearchDocument Document);
