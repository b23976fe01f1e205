namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// One way the application reads or writes the database, run against the seeded store so that the statements it emits
/// can be recorded, explained and judged against its <see cref="PlanBound"/>: either a call on a session
/// (<see cref="Call"/>) or a list query (<see cref="List"/>), optionally continued from a cursor deep in the list.
/// </summary>
public sealed record QueryShape(string Name, PlanBound Bound)
{
    /// <summary>The call, for shapes that are not list queries.</summary>
    public Func<IStoreSession, SeededContent, Task>? Call { get; init; }

    /// <summary>The list query, for list shapes.</summary>
    public Func<SeededContent, ContentQuery>? List { get; init; }

    /// <summary>For list shapes: continue after (or before) the item at this position of the list; null for the first page.</summary>
    public int? CursorAt { get; init; }

    /// <summary>For list shapes with <see cref="CursorAt"/>: page backwards from the cursor instead of forwards.</summary>
    public bool Backwards { get; init; }

    /// <summary>
    /// Text that one of the shape's statements must contain (the part of a list its name promises, e.g. the rows without a
    /// key), so that a change to the seed cannot quietly move the shape elsewhere; null for no such check.
    /// </summary>
    public string? Reaches { get; init; }

    /// <summary>True when the shape writes: it runs in a write session that is rolled back.</summary>
    public bool Writes { get; init; }

    /// <summary>The most rows (PostgreSQL) the shape's statements may read, except counts.</summary>
    public int RowBudget { get; init; } = 1_000;

    /// <summary>A read shape.</summary>
    public static QueryShape Read(string name, PlanBound bound, Func<IStoreSession, SeededContent, Task> call) => new(name, bound) { Call = call };

    /// <summary>A write shape (rolled back after recording).</summary>
    public static QueryShape Write(string name, Func<IStoreSession, SeededContent, Task> call) => new(name, PlanBound.Matches) { Call = call, Writes = true };

    /// <summary>A list shape.</summary>
    public static QueryShape ListOf(string name, PlanBound bound, Func<SeededContent, ContentQuery> query) => new(name, bound) { List = query };

    /// <inheritdoc />
    public override string ToString() => Name;
}
