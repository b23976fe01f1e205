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
    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
