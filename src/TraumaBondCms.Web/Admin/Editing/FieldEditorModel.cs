using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>
/// What the field editor partial renders: the type's fields, the form's values, each field's errors (a refused save), the
/// safety checks' findings about the saved version by field, and the pickers' choices (media pickers' too).
/// </summary>
public sealed record FieldEditorModel(
    ContentTypeDefinition Type,
    FormValues Values,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<PickerChoice>> Choices,
    bool ReadOnly)
{
    /// <summary>The files each Media field's picker offers, by field name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MediaChoice>> MediaChoices { get; init; } = new Dictionary<string, IReadOnlyList<MediaChoice>>();

    /// <summary>The safety checks' findings about the version shown, by field; empty when none were run or none were found.</summary>
    public ILookup<string, CheckFinding> Findings { get; init; } = Array.Empty<CheckFinding>().ToLookup(f => f.Field ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The messages for one field; empty when it is fine.</summary>
    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var e) ? e : [];
}
