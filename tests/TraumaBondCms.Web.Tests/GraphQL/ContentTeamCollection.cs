namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The classes sharing <see cref="ContentTeam"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ContentTeamCollection : ICollectionFixture<ContentTeam>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "GraphQL: content team";
}
