namespace TraumaBondCms.Core.Diff;

/// <summary>The differences between two versions of a content item, field by field. Immutable.</summary>
public sealed class ContentDiffResult
{
    /// <summary>Creates a result for <paramref name="contentType"/> from its field diffs.</summary>
    public ContentDiffResult(string contentType, IReadOnlyList<FieldDiff> fields)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(fields);
        ContentType = contentType;
        Fields = fields;
    }

    /// <summary>The content type's name.</summary>
    public string ContentType { get; }

    /// <summary>
    /// One diff per field of the type, in definition order, changed or not; then one per field found in the
    /// data but not in the definition, in ordinal name order.
    /// </summary>
    public IReadOnlyList<FieldDiff> Fields { get; }

    /// <summary>True when any field changed.</summary>
    public bool HasChanges => Fields.Any(f => f.HasChanges);

    /// <summary>Only the fields that changed, in the order of <see cref="Fields"/>.</summary>
    public IEnumerable<FieldDiff> ChangedFields => Fields.Where(f => f.HasChanges);

    /// <summary>The diff of the field named <paramref name="field"/>; null when there is none.</summary>
    public FieldDiff? Find(string field) => Fields.FirstOrDefault(f => string.Equals(f.Field, field, StringComparison.Ordinal));
}
