using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="LocalizationContract"/> against Postgres.</summary>
public sealed class PostgresLocalizationTests : LocalizationContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);
}
