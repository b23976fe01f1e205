namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>A Link field's value: an absolute URL and its optional text.</summary>
public sealed record LinkValue(string Url, string? Text);
