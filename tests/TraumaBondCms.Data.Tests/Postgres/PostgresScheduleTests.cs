using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="ScheduleContract"/> against Postgres.</summary>
public sealed class PostgresScheduleTests : ScheduleContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);

    /// <inheritdoc />
    protected override ICmsStore OpenSecondStore() => new PostgresCmsStore(((PostgresTestDatabase)Database).ConnectionString);
}
