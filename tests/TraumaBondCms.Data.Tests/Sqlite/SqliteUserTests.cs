using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The <see cref="UserContract"/> against Sqlite.</summary>
public sealed class SqliteUserTests : UserContract
{
    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);
}
