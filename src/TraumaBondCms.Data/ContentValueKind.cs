namespace TraumaBondCms.Data;

/// <summary>The kind of value a <see cref="ContentField"/> holds, which fixes how it is compared and sorted.</summary>
public enum ContentValueKind
{
    /// <summary>Text, compared by the database's collation (ordinal on SQLite). Dates in ISO 8601 form sort as text.</summary>
    Text,

    /// <summary>A number (a double).</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A point in time (the built-in created, modified and published times).</summary>
    Time,
}
