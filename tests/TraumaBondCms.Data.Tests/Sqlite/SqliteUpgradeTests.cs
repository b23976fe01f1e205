using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The <see cref="UpgradeContract"/> against Sqlite.</summary>
public sealed class SqliteUpgradeTests : UpgradeContract
{
    /// <inheritdoc />
    protected override IReadOnlyList<(int Version, string Name, string Sql)> Migrations => Data.Sqlite.SqliteMigrations.All;

    /// <inheritdoc />
    protected override string MigrationTable => "CREATE TABLE schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_utc TEXT NOT NULL)";

    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync(bool migrated) => SqliteTestDatabase.CreateAsync(migrated);
}
