using System.Data.Common;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// What differs between database engines for the shared SQL repositories: how times are stored and read,
/// and how a unique-key violation is recognized. Everything else is written once in portable SQL
/// (parameters as <c>@name</c>, <c>ON CONFLICT</c> upserts, <c>RETURNING</c>, boolean columns tested bare).
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The engine's name.</summary>
    public abstract string Engine { get; }

    /// <summary>Converts a time to the parameter value the engine stores.</summary>
    public abstract object ToDbTime(DateTimeOffset value);

    /// <summary>Reads a time column written by <see cref="ToDbTime(DateTimeOffset)"/>.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>True when <paramref name="exception"/> reports a unique or primary-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>True when the engine's driver traces its own commands (Npgsql does), so <see cref="SqlRunner"/> adds no span of its own.</summary>
    public virtual bool DriverTracesCommands => false;

    /// <summary>
    /// The condition "<paramref name="column"/> is <paramref name="value"/>" on a boolean column, written the way the
    /// engine's partial indexes state it, so a query that uses it can use them (SQLite matches a partial index's
    /// condition term for term: <c>published = 1</c>, not <c>published</c>).
    /// </summary>
    public abstract string Is(string column, bool value);

    /// <summary>
    /// What ends a subquery so the engine evaluates it row by row instead of turning it into a join (empty when the engine
    /// does that anyway). List queries decide themselves whether to read a filter's matches or check it on each row of an
    /// index walk (see <c>SqlKeysetQuery</c>); a join the planner picks from estimates could read every match instead.
    /// </summary>
    public abstract string RowByRow { get; }

    /// <summary>
    /// A condition on a version column checked on each row of a walk, never used to pick an index: SQLite cannot use an
    /// index for <c>+column</c>, PostgreSQL does not pull a subquery with an OFFSET into the plan. <paramref name="condition"/>
    /// builds the condition from the column expression it is given.
    /// </summary>
    public abstract string RowByRowCondition(string column, Func<string, string> condition);

    /// <summary>Reads a nullable time column.</summary>
    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary>Converts a nullable time to a parameter value (DBNull for null).</summary>
    public object ToDbTime(DateTimeOffset? value) => value is { } v ? ToDbTime(v) : DBNull.Value;
}
