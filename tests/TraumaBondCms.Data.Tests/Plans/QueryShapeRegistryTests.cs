using TraumaBondCms.Data.Tests.Sqlite;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The registry of query shapes is complete: every data-layer method that runs SQL is reached by a shape (so it has a
/// plan test on both engines), and the list shapes cover every status, order key, filter operator and paging mode of
/// <see cref="ContentQuery"/>. A new statement or a new kind of list query without a shape fails here.
/// </summary>
[Collection(SqlitePlanCollection.Name)]
public sealed class QueryShapeRegistryTests(SqlitePlanDatabase database)
{
    [Fact]
    public async Task Should_reach_every_method_that_runs_sql_when_running_every_shape()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);

        foreach (var shape in QueryShapes.All)
        {
            var statements = await QueryShapes.RecordAsync(database.Store, database.Seeded, shape);
            Assert.True(statements.Count > 0, $"The shape '{shape.Name}' ran no statement.");
            reached.UnionWith(statements.Select(s => s.Site));
        }

        var unjudged = SqlCallSites.All().Where(QueryShapes.Unjudged.Contains).ToList();
        var missing = SqlCallSites.All().Except(reached).Except(unjudged).ToList();
        Assert.True(missing.Count == 0, "These data-layer methods run SQL that no query shape reaches; add a shape to Plans/ (QueryShapes) for each:\n" + string.Join("\n", missing));
        Assert.NotEmpty(unjudged);
    }

    [Fact]
    public void Should_cover_every_kind_of_list_query_when_listing_the_list_shapes()
    {
        var covered = ListDimensions.Covered(QueryShapes.All);

        var missing = ListDimensions.Expected().Except(covered).ToList();

        Assert.True(missing.Count == 0, "No list shape covers:\n" + string.Join("\n", missing));
    }
}
