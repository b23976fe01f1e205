namespace TraumaBondCms.Data;

/// <summary>
/// A value list queries can filter and sort on: one of a version's own columns (id, display text, slug, the
/// created, modified and published times) or an indexed field of its content type, read from the field's index
/// rows (one row per value; array fields have one per element). Immutable.
/// </summary>
public sealed record ContentField
{
    private ContentField(string name, ContentValueKind kind, bool isBuiltIn)
    {
        Name = name;
        Kind = kind;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>The column's or field's name (for indexed fields, the content field's name).</summary>
    public string Name { get; }

    /// <summary>The kind of value, which fixes the comparison.</summary>
    public ContentValueKind Kind { get; }

    /// <summary>True for a version column; false for an indexed content field.</summary>
    public bool IsBuiltIn { get; }

    /// <summary>The item id.</summary>
    public static ContentField Id { get; } = new("id", ContentValueKind.Text, true);

    /// <summary>The version's display text (its title).</summary>
    public static ContentField DisplayText { get; } = new("displayText", ContentValueKind.Text, true);

    /// <summary>The version's slug; null for types without one.</summary>
    public static ContentField Slug { get; } = new("slug", ContentValueKind.Text, true);

    /// <summary>When the item was created.</summary>
    public static ContentField CreatedUtc { get; } = new("createdUtc", ContentValueKind.Time, true);

    /// <summary>When the version was written.</summary>
    public static ContentField ModifiedUtc { get; } = new("modifiedUtc", ContentValueKind.Time, true);

    /// <summary>When the version was last published; null when it never was.</summary>
    public static ContentField PublishedUtc { get; } = new("publishedUtc", ContentValueKind.Time, true);

    /// <summary>An indexed content field; <paramref name="kind"/> is Text, Number or Boolean (the index row's column).</summary>
    /// <exception cref="ArgumentException">When the kind is <see cref="ContentValueKind.Time"/>, which index rows do not hold.</exception>
    public static ContentField Indexed(string fieldName, ContentValueKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        if (kind == ContentValueKind.Time)
        {
            throw new ArgumentException("Index rows hold text, numbers and booleans; dates of Date fields are text.", nameof(kind));
        }

        return new ContentField(fieldName, kind, false);
    }
}
