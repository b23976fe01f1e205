using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The <see cref="ScheduleContract"/> against Sqlite.</summary>
public sealed class SqliteScheduleTests : ScheduleContract
{
    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);

    /// <inheritdoc />
    protected override ICmsStore OpenSecondStore() => new SqliteCmsStore(((SqliteCmsStore)Store).DatabasePath);
}
