namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The classes sharing <see cref="GeneratedContentHost"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedContentCollection : ICollectionFixture<GeneratedContentHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "GraphQL: 1,000 generated articles";
}
