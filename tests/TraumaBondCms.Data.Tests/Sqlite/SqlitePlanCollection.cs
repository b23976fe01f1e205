using TraumaBondCms.Data.Tests.Plans;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The tests that share one seeded SQLite database (seeded once per run).</summary>
[CollectionDefinition(Name)]
public sealed class SqlitePlanCollection : ICollectionFixture<SqlitePlanDatabase>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Seeded SQLite database";
}
