using TraumaBondCms.Data;

namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>A newly created preview token: its stored record and the secret, which is shown this once and never stored.</summary>
public sealed record CreatedPreviewToken(PreviewToken Token, string Secret);
