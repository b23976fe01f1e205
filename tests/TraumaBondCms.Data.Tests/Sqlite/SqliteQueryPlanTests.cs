using TraumaBondCms.Data.Tests.Plans;
using Xunit.Abstractions;

namespace TraumaBondCms.Data.Tests.Sqlite;

/// <summary>The <see cref="QueryPlanContract"/> on SQLite.</summary>
[Collection(SqlitePlanCollection.Name)]
public sealed class SqliteQueryPlanTests(SqlitePlanDatabase database, ITestOutputHelper output) : QueryPlanContract(database, output)
{
    /// <inheritdoc />
    protected override int WorkPerRow => 50;
}
