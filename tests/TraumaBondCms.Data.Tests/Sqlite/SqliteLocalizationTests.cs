using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The <see cref="LocalizationContract"/> against Sqlite.</summary>
public sealed class SqliteLocalizationTests : LocalizationContract
{
    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);
}
