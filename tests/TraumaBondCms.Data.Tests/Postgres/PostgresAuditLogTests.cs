using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="AuditLogContract"/> against Postgres.</summary>
public sealed class PostgresAuditLogTests : AuditLogContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);
}
