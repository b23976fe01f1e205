namespace TraumaBondCms.Core.Search;

/// <summary>A slug in a Tags field and the taxonomy content type it names an item of (<c>Topic</c>, <c>trauma-bonding</c>).</summary>
public sealed record TagReference(string Taxonomy, string Slug);
