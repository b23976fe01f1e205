using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using TraumaBondCms.Data.Sql;

namespace TraumaBondCms.Data.Sqlite;

/// <summary>
/// SQLite's dialect: times are stored as fixed-width ISO 8601 UTC text (<c>2025-03-01T09:30:00.0000000Z</c>),
/// which sorts in time order; booleans are the integers 0 and 1.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>The shared instance.</summary>
    public static SqliteDialect Instance { get; } = new();

    /// <inheritdoc />
    public override string Engine => "Sqlite";

    /// <inheritdoc />
    public override object ToDbTime(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <inheritdoc />
    public override string Is(string column, bool value) => value ? $"{column} = 1" : $"{column} = 0";

    /// <inheritdoc />
    // SQLite runs a correlated EXISTS once per row of the loop it belongs to.
    public override string RowByRow => string.Empty;

    /// <inheritdoc />
    public override string RowByRowCondition(string column, Func<string, string> condition) => $"({condition("+" + column)})";

    /// <inheritdoc />
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };
}
