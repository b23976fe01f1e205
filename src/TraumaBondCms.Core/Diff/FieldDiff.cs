using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Diff;

/// <summary>
/// How one field differs between two versions of a content item. Values are compared as JSON values, not
/// as text: <c>2</c> equals <c>2.0</c>, and object key order does not matter. Which detail properties are
/// filled depends on the field's kind; the others are null or empty. Immutable.
/// </summary>
public sealed class FieldDiff
{
    /// <summary>The field's name in the content JSON.</summary>
    public required string Field { get; init; }

    /// <summary>The label reviewers see: the definition's display name, else the field name.</summary>
    public required string Label { get; init; }

    /// <summary>The field's kind; null when the field is in the data but not in the type definition (left over from a removed field).</summary>
    public ContentFieldKind? Kind { get; init; }

    /// <summary>Whether the value was added, removed, modified or left unchanged.</summary>
    public required ChangeKind Change { get; init; }

    /// <summary>The old value; null when the old version has none.</summary>
    public JsonElement? Before { get; init; }

    /// <summary>The new value; null when the new version has none.</summary>
    public JsonElement? After { get; init; }

    /// <summary>
    /// Text and Markdown fields whose values are strings (or absent, read as empty): the word diff, which
    /// rebuilds both texts exactly; a single Equal segment when unchanged, empty when both are absent.
    /// Null for other kinds, and when a value is not a string.
    /// </summary>
    public IReadOnlyList<DiffSegment>? Segments { get; init; }

    /// <summary>How finely <see cref="Segments"/> locates changes; null when <see cref="Segments"/> is null.</summary>
    public DiffGranularity? Granularity { get; init; }

    /// <summary>
    /// Tags, ContentPicker and List fields: the values that are in the new list more often than in the old
    /// one, in new-list order (a value edited in place counts as one removed and one added). Empty otherwise.
    /// </summary>
    public IReadOnlyList<JsonElement> AddedItems { get; init; } = [];

    /// <summary>Tags, ContentPicker and List fields: the values that are in the old list more often than in the new one, in old-list order. Empty otherwise.</summary>
    public IReadOnlyList<JsonElement> RemovedItems { get; init; } = [];

    /// <summary>
    /// Tags, ContentPicker and List fields: both lists aligned item by item (a minimal diff of the item
    /// sequences), in display order, with each item's old and new position. In List fields, a removal
    /// followed directly by an addition is one <see cref="ChangeKind.Modified"/> item, with a word diff for
    /// Text items. Empty for other kinds.
    /// </summary>
    public IReadOnlyList<ListItemDiff> Items { get; init; } = [];

    /// <summary>Array fields: the items kept in both versions appear in a different order.</summary>
    public bool Reordered { get; init; }

    /// <summary>
    /// Object values (Link fields: <c>url</c>, <c>text</c>): the names of the properties whose values differ,
    /// in ordinal order, an absent object counting as one with no properties. Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> ChangedProperties { get; init; } = [];

    /// <summary>True unless <see cref="Change"/> is <see cref="ChangeKind.Unchanged"/>.</summary>
    public bool HasChanges => Change != ChangeKind.Unchanged;
}
