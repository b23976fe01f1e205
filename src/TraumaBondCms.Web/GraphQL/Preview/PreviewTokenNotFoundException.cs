namespace TraumaBondCms.Web.GraphQL.Preview;

/// <summary>No preview token has this id.</summary>
public sealed class PreviewTokenNotFoundException(string tokenId)
    : Exception($"Preview token '{tokenId}' was not found.")
{
    /// <summary>The id asked for.</summary>
    public string TokenId { get; } = tokenId;
}
