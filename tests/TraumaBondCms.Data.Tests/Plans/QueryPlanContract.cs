using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// One test per query shape and engine: the shape runs on a database of more than 20,000 versions, every statement it
/// emits is explained (and, when it only reads, run and measured), and the test fails when a plan scans a table that
/// grows with content or breaks the shape's <see cref="PlanBound"/>. The plan of every statement is printed.
/// </summary>
public abstract class QueryPlanContract(PlanDatabase database, ITestOutputHelper output)
{
    /// <summary>The names of every shape.</summary>
    public static TheoryData<string> Shapes => [.. QueryShapes.All.Select(s => s.Name)];

    /// <summary>How the engine's measure of work compares with rows (PostgreSQL counts rows: 1).</summary>
    protected abstract int WorkPerRow { get; }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Should_read_through_indexes_within_its_bound_when_running_the_shape(string name)
    {
        var shape = QueryShapes.Find(name);

        var statements = await QueryShapes.RecordAsync(database.Store, database.Seeded, shape);

        Assert.True(database.Seeded.Versions >= 20_000, $"The seed wrote {database.Seeded.Versions} versions.");
        Assert.NotEmpty(statements);
        Assert.True(shape.Reaches is null || statements.Any(s => s.Sql.Contains(shape.Reaches, StringComparison.Ordinal)), $"No statement of the shape contains \"{shape.Reaches}\": the seed no longer takes it where its name says.");
        var report = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{shape.Name} ({shape.Bound}, budget {shape.RowBudget:N0} rows; seeded {database.Seeded.Versions:N0} versions in {database.SeedTime.TotalSeconds:N1} s){(database.SeedCaveat is { } caveat ? "; " + caveat : string.Empty)}\n"));
        var failures = new List<string>();
        foreach (var statement in statements.Where(QueryShapes.IsJudged))
        {
            var plan = await database.ExplainAsync(statement, shape.Bound);
            var problems = plan.Problems.ToList();
            if (plan.Work is { } work && shape.Bound != PlanBound.Walk && !plan.Sql.TrimStart().StartsWith("SELECT COUNT(*)", StringComparison.Ordinal) && work > (long)shape.RowBudget * WorkPerRow)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"did {work:N0} units of work, over the budget of {shape.RowBudget:N0} rows ({(long)shape.RowBudget * WorkPerRow:N0} units)"));
            }

            report.Append(CultureInfo.InvariantCulture, $"\n[{statement.Site}] work={plan.Work?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"}\n{plan.Sql}\n{plan.Plan}");
            foreach (var problem in problems)
            {
                report.Append("  PROBLEM: ").Append(problem).Append('\n');
                failures.Add($"[{statement.Site}] {problem}");
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(failures.Count == 0, $"{shape.Name}:\n{string.Join("\n", failures)}\n\n{report}");
    }
}
