using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Tests.Contract;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="WebhookContract"/> against Postgres.</summary>
public sealed class PostgresWebhookTests : WebhookContract
{
    /// <inheritdoc />
    protected override async Task<TestDatabase> CreateDatabaseAsync(bool migrated) => await PostgresTestDatabase.CreateAsync(migrated);

    /// <inheritdoc />
    protected override ICmsStore OpenSecondStore() => new PostgresCmsStore(((PostgresTestDatabase)Database).ConnectionString);
}
