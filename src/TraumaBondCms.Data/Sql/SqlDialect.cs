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

    /// <summary>Reads a nullable time column.</summary>
    public DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary>Converts a nullable time to a parameter value (DBNull for null).</summary>
    public object ToDbTime(DateTimeOffset? value) => value is { } v ? ToDbTime(v) : DBNull.Value;
}
