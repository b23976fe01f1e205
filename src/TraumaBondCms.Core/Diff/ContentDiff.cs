using System.Text.Json;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Diff;

/// <summary>
/// Compares two versions of a content item field by field, for the clinical reviewer's "changes since the
/// last approved version" and "since the published version". Pure, deterministic and thread-safe.
/// </summary>
public static class ContentDiff
{
    /// <summary>
    /// Compares <paramref name="before"/> with <paramref name="after"/> under <paramref name="type"/>. Returns one
    /// <see cref="FieldDiff"/> per field of the type in definition order, then one per field present in either
    /// version's data but not in the definition (ordinal name order). Pass <see cref="ContentFields.Empty"/>
    /// as <paramref name="before"/> when there is no earlier version: every field with a value is then Added.
    /// <list type="bullet">
    /// <item>All kinds: <see cref="FieldDiff.Change"/> from a semantic JSON comparison (<c>2</c> = <c>2.0</c>).</item>
    /// <item>Text and Markdown: a word diff in <see cref="FieldDiff.Segments"/> (see <see cref="TextDiff.Compare"/>).</item>
    /// <item>Tags, ContentPicker, List: added, removed and aligned items, and whether kept items moved.</item>
    /// <item>Link (any object value): the names of the changed properties.</item>
    /// </list>
    /// Values of the wrong JSON shape for their kind (possible in data written before a definition changed)
    /// are still compared as JSON; only the kind-specific details are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ContentDiffResult Compare(ContentTypeDefinition type, ContentFields before, ContentFields after)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var fields = new List<FieldDiff>(type.Fields.Count);
        foreach (var definition in type.Fields)
        {
            fields.Add(CompareField(definition.Name, definition, before, after));
        }

        var undefined = before.Keys.Concat(after.Keys)
            .Where(name => type.GetField(name) is null)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var name in undefined)
        {
            fields.Add(CompareField(name, null, before, after));
        }

        return new ContentDiffResult(type.Name, fields);
    }

    private static FieldDiff CompareField(string name, ContentFieldDefinition? definition, ContentFields before, ContentFields after)
    {
        JsonElement? old = before.TryGetValue(name, out var o) ? o : null;
        JsonElement? @new = after.TryGetValue(name, out var n) ? n : null;
        var change = (old, @new) switch
        {
            (null, null) => ChangeKind.Unchanged,
            (null, _) => ChangeKind.Added,
            (_, null) => ChangeKind.Removed,
            _ => JsonValues.AreEqual(o, n) ? ChangeKind.Unchanged : ChangeKind.Modified,
        };

        TextDiffResult? text = null;
        ArrayDiff.Parts? array = null;
        if (definition is { Kind: ContentFieldKind.Text or ContentFieldKind.Markdown } && IsAbsentOr(old, JsonValueKind.String) && IsAbsentOr(@new, JsonValueKind.String))
        {
            text = TextDiff.Compare(old?.GetString() ?? "", @new?.GetString() ?? "");
        }
        else if (definition is { IsArray: true } && IsAbsentOr(old, JsonValueKind.Array) && IsAbsentOr(@new, JsonValueKind.Array))
        {
            array = ArrayDiff.Compare(definition, old, @new);
        }

        return new FieldDiff
        {
            Field = name,
            Label = definition?.Label ?? name,
            Kind = definition?.Kind,
            Change = change,
            Before = old,
            After = @new,
            Segments = text?.Segments,
            Granularity = text?.Granularity,
            AddedItems = array?.Added ?? [],
            RemovedItems = array?.Removed ?? [],
            Items = array?.Items ?? [],
            Reordered = array?.Reordered ?? false,
            ChangedProperties = JsonValues.ChangedProperties(old, @new),
        };
    }

    private static bool IsAbsentOr(JsonElement? value, JsonValueKind kind) => value is null || value.Value.ValueKind == kind;
}
