namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The classes sharing <see cref="SeededGraphQLHost"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class SeededGraphQLCollection : ICollectionFixture<SeededGraphQLHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "GraphQL: seeded content";
}
