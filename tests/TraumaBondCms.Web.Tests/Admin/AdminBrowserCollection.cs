namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The admin tests share one host and one browser (<see cref="AdminBrowserFixture"/>) and so run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AdminBrowserCollection : ICollectionFixture<AdminBrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Admin browser";
}
