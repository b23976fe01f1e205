namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>The classes sharing <see cref="ManyFaqsHost"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ManyFaqsCollection : ICollectionFixture<ManyFaqsHost>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "GraphQL: 320 FAQs on one article and topic";
}
