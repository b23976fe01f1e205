namespace TraumaBondCms.Web.Admin;

/// <summary>The heading and tabs of an item page: the item, and which tab (<c>edit</c>, <c>review</c>, <c>record</c> (review history), <c>history</c> (versions), <c>publishing</c>, <c>translations</c>) is open.</summary>
public sealed record ItemHeader(ItemView View, string Tab);
