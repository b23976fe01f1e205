namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>What a valid preview token allows: reading drafts of one item (<see cref="ContentItemId"/>) or of all items (null).</summary>
public sealed record PreviewGrant(string TokenId, string? ContentItemId);
