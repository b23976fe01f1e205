using System.Diagnostics;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.Data.Tests.Harness;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// A database of one engine seeded once by <see cref="ScaleSeed"/> for all the query plan tests of that engine, and the
/// engine's way of explaining a recorded statement and judging its plan against a <see cref="PlanBound"/>. The tests only
/// read it, or write in sessions they roll back.
/// </summary>
public abstract class PlanDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The database.</summary>
    public TestDatabase Database => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    /// <summary>The store on it.</summary>
    public ICmsStore Store => Database.Store;

    /// <summary>What the seed wrote.</summary>
    public SeededContent Seeded { get; private set; } = null!;

    /// <summary>Something about the seeded database a plan's reader should know (printed with every plan), or null.</summary>
    public string? SeedCaveat { get; protected set; }

    /// <summary>How long seeding took, for the test output.</summary>
    public TimeSpan SeedTime { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        var watch = Stopwatch.StartNew();
        Seeded = await ScaleSeed.RunAsync(Store);
        await AfterSeedAsync(Database);
        SeedTime = watch.Elapsed;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Explains <paramref name="statement"/> (and runs it, when it only reads) and judges its plan.</summary>
    public abstract Task<StatementPlan> ExplainAsync(RecordedStatement statement, PlanBound bound);

    /// <summary>A new migrated, empty database.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>What the engine's operators do after a bulk load (PostgreSQL: gather statistics); nothing by default.</summary>
    protected virtual Task AfterSeedAsync(TestDatabase database) => Task.CompletedTask;

    /// <summary>True for a statement that only reads.</summary>
    protected static bool Reads(string sql) => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a count, which reads every match through an index by nature (and is cached for published lists).</summary>
    protected static bool Counts(string sql) => sql.TrimStart().StartsWith("SELECT COUNT(*)", StringComparison.OrdinalIgnoreCase);
}
