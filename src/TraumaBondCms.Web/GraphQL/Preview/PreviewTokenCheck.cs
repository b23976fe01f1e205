namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>The outcome of checking a preview token: the grant when it is valid, otherwise why not (a sentence for the client).</summary>
public sealed record PreviewTokenCheck(PreviewGrant? Grant, string? Problem);
