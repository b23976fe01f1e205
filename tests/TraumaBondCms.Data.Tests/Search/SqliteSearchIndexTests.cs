using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>The <see cref="SearchIndexContract"/> against SQLite.</summary>
public sealed class SqliteSearchIndexTests : SearchIndexContract
{
    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);
}
