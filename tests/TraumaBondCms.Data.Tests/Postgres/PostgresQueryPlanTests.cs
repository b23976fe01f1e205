using TraumaBondCms.Data.Tests.Plans;
using Xunit.Abstractions;

namespace TraumaBondCms.Data.Tests.Postgres;

/// <summary>The <see cref="QueryPlanContract"/> on PostgreSQL.</summary>
public sealed class PostgresQueryPlanTests(PostgresPlanDatabase database, ITestOutputHelper output) : QueryPlanContract(database, output), IClassFixture<PostgresPlanDatabase>
{
    /// <inheritdoc />
    protected override int WorkPerRow => 1;
}
