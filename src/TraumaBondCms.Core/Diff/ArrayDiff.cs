using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Diff;

/// <summary>Item-level differences of array fields (Tags, ContentPicker, List); items are compared as JSON values.</summary>
internal static class ArrayDiff
{
    /// <summary>What <see cref="Compare"/> finds; the meaning of each part is on the same-named <see cref="FieldDiff"/> property.</summary>
    public readonly record struct Parts(IReadOnlyList<ListItemDiff> Items, IReadOnlyList<JsonElement> Added, IReadOnlyList<JsonElement> Removed, bool Reordered);

    /// <summary>Compares two arrays (an absent value is an empty list); both must be arrays or absent.</summary>
    public static Parts Compare(ContentFieldDefinition field, JsonElement? before, JsonElement? after)
    {
        var oldItems = before?.EnumerateArray().ToArray() ?? [];
        var newItems = after?.EnumerateArray().ToArray() ?? [];
        var interner = new TokenInterner();
        var a = oldItems.Select(item => interner.Intern(JsonValues.Key(item))).ToArray();
        var b = newItems.Select(item => interner.Intern(JsonValues.Key(item))).ToArray();
        if (!MyersDiff.TryCompare(a, b, TextDiff.WorkBudget, out var deleted, out var inserted))
        {
            MyersDiff.ReplaceMiddle(a, b, out deleted, out inserted);
        }

        var isList = field.Kind == ContentFieldKind.List;
        var textItems = isList && field.EffectiveItemKind == ContentFieldKind.Text;
        var items = Align(oldItems, deleted, newItems, inserted, pairReplacements: isList, textItems);
        var (added, removed, reordered) = CompareAsMultisets(a, oldItems, b, newItems);
        return new Parts(items, added, removed, reordered);
    }

    private static List<ListItemDiff> Align(JsonElement[] oldItems, bool[] deleted, JsonElement[] newItems, bool[] inserted, bool pairReplacements, bool textItems)
    {
        var items = new List<ListItemDiff>(Math.Max(oldItems.Length, newItems.Length));
        int i = 0, j = 0;
        while (i < oldItems.Length || j < newItems.Length)
        {
            if ((i < oldItems.Length && deleted[i]) || (j < newItems.Length && inserted[j]))
            {
                int oldStart = i, newStart = j;
                while (i < oldItems.Length && deleted[i])
                {
                    i++;
                }

                while (j < newItems.Length && inserted[j])
                {
                    j++;
                }

                // In an ordered list, "item 3 was rewritten" reads better than "item 3 removed, item 3 added".
                var paired = pairReplacements ? Math.Min(i - oldStart, j - newStart) : 0;
                for (var p = 0; p < paired; p++)
                {
                    items.Add(Item(ChangeKind.Modified, oldStart + p, oldItems, newStart + p, newItems, textItems));
                }

                for (var k = oldStart + paired; k < i; k++)
                {
                    items.Add(Item(ChangeKind.Removed, k, oldItems, null, newItems, textItems));
                }

                for (var k = newStart + paired; k < j; k++)
                {
                    items.Add(Item(ChangeKind.Added, null, oldItems, k, newItems, textItems));
                }
            }
            else
            {
                items.Add(Item(ChangeKind.Unchanged, i, oldItems, j, newItems, textItems));
                i++;
                j++;
            }
        }

        return items;
    }

    private static ListItemDiff Item(ChangeKind change, int? oldIndex, JsonElement[] oldItems, int? newIndex, JsonElement[] newItems, bool textItems)
    {
        JsonElement? before = oldIndex is { } o ? oldItems[o] : null;
        JsonElement? after = newIndex is { } n ? newItems[n] : null;
        IReadOnlyList<DiffSegment>? segments = null;
        if (textItems && (before is null or { ValueKind: JsonValueKind.String }) && (after is null or { ValueKind: JsonValueKind.String }))
        {
            segments = TextDiff.Compare(before?.GetString() ?? "", after?.GetString() ?? "").Segments;
        }

        return new ListItemDiff { Change = change, BeforeIndex = oldIndex, AfterIndex = newIndex, Before = before, After = after, Segments = segments };
    }

    private static (JsonElement[] Added, JsonElement[] Removed, bool Reordered) CompareAsMultisets(int[] a, JsonElement[] oldItems, int[] b, JsonElement[] newItems)
    {
        var oldCounts = Counts(a);
        var newCounts = Counts(b);
        var common = oldCounts.ToDictionary(p => p.Key, p => Math.Min(p.Value, newCounts.GetValueOrDefault(p.Key)));
        var added = Beyond(b, newItems, common);
        var removed = Beyond(a, oldItems, common);
        // Kept items in the same relative order on both sides means nothing moved.
        var reordered = !Kept(a, common).SequenceEqual(Kept(b, common));
        return (added, removed, reordered);
    }

    private static Dictionary<int, int> Counts(int[] keys)
    {
        var counts = new Dictionary<int, int>();
        foreach (var key in keys)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    // The items past the first `common[key]` occurrences of their value.
    private static JsonElement[] Beyond(int[] keys, JsonElement[] items, Dictionary<int, int> common)
    {
        var seen = new Dictionary<int, int>();
        var beyond = new List<JsonElement>();
        for (var i = 0; i < keys.Length; i++)
        {
            var count = seen[keys[i]] = seen.GetValueOrDefault(keys[i]) + 1;
            if (count > common.GetValueOrDefault(keys[i]))
            {
                beyond.Add(items[i]);
            }
        }

        return [.. beyond];
    }

    private static List<int> Kept(int[] keys, Dictionary<int, int> common)
    {
        var seen = new Dictionary<int, int>();
        var kept = new List<int>();
        foreach (var key in keys)
        {
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (count <= common.GetValueOrDefault(key))
            {
                kept.Add(key);
            }
        }

        return kept;
    }
}
