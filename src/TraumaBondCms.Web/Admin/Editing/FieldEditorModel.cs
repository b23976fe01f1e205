using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Web.Admin.Editing;

/// <summary>What the field editor partial renders: the type's fields, the form's values, each field's errors and the pickers' choices (media pickers' too).</summary>
public sealed record FieldEditorModel(
    ContentTypeDefinition Type,
    FormValues Values,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<PickerChoice>> Choices,
    bool ReadOnly)
{
    /// <summary>The files each Media field's picker offers, by field name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MediaChoice>> MediaChoices { get; init; } = new Dictionary<string, IReadOnlyList<MediaChoice>>();

    /// <summary>The messages for one field; empty when it is fine.</summary>
    public IReadOnlyList<string> ErrorsOf(string field) => Errors.TryGetValue(field, out var e) ? e : [];
}
