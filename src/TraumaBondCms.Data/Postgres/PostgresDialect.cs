using System.Data.Common;
using Npgsql;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Postgres;

/// <summary>
/// PostgreSQL's dialect: times are <c>timestamptz</c> values written as UTC <see cref="DateTimeOffset"/>s and kept
/// to the microsecond (PostgreSQL's resolution; finer ticks are truncated); booleans are <c>boolean</c>; a unique
/// violation is SQLSTATE 23505.
/// </summary>
public sealed class PostgresDialect : SqlDialect
{
    /// <summary>The shared instance.</summary>
    public static PostgresDialect Instance { get; } = new();

    /// <inheritdoc />
    public override string Engine => "Postgres";

    /// <inheritdoc />
    // Npgsql writes a DateTimeOffset to timestamptz only when its offset is zero.
    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <inheritdoc />
    public override bool DriverTracesCommands => true;

    /// <inheritdoc />
    public override string Is(string column, bool value) => value ? column : $"NOT {column}";

    /// <inheritdoc />
    // An EXISTS subquery with an OFFSET is not pulled up into a semi-join: it stays a per-row subplan.
    public override string RowByRow => " OFFSET 0";

    /// <inheritdoc />
    public override string RowByRowCondition(string column, Func<string, string> condition) => $"EXISTS (SELECT 1 WHERE {condition(column)}{RowByRow})";

    /// <inheritdoc />
    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
