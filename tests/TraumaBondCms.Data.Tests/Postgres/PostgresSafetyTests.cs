using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="SafetyContract"/> against Postgres.</summary>
public sealed class PostgresSafetyTests : SafetyContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);
}
