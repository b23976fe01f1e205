using System.Text.Json;

namespace TraumaBondCms.Core.Diff;

/// <summary>One position of an aligned array field (see <see cref="FieldDiff.Items"/>). Immutable.</summary>
public sealed class ListItemDiff
{
    /// <summary>Unchanged (kept), Added, Removed, or Modified (List fields: an item replaced in place).</summary>
    public required ChangeKind Change { get; init; }

    /// <summary>The item's zero-based index in the old list; null for an added item.</summary>
    public int? BeforeIndex { get; init; }

    /// <summary>The item's zero-based index in the new list; null for a removed item.</summary>
    public int? AfterIndex { get; init; }

    /// <summary>The old item; null for an added item.</summary>
    public JsonElement? Before { get; init; }

    /// <summary>The new item; null for a removed item.</summary>
    public JsonElement? After { get; init; }

    /// <summary>
    /// List fields of Text items whose values are strings: the word diff of the item (an Equal, Insert or
    /// Delete of the whole text when kept, added or removed). Null otherwise.
    /// </summary>
    public IReadOnlyList<DiffSegment>? Segments { get; init; }
}
