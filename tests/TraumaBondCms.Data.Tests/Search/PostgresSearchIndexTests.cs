using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Search;

/// <summary>The <see cref="SearchIndexContract"/> against PostgreSQL.</summary>
public sealed class PostgresSearchIndexTests : SearchIndexContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);
}
