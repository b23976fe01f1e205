using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="UpgradeContract"/> against Postgres.</summary>
public sealed class PostgresUpgradeTests : UpgradeContract
{
    /// <inheritdoc />
    protected override IReadOnlyList<(int Version, string Name, string Sql)> Migrations => Data.Postgres.PostgresMigrations.All;

    /// <inheritdoc />
    protected override string MigrationTable => "CREATE TABLE schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_utc timestamptz NOT NULL)";

    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);
}
