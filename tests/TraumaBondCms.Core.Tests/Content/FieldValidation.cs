using System.Text.Json;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Serialization;

namespace TraumaBondCms.Core.Tests.Content;

/// <summary>
/// The shared harness for field validation: runs <see cref="ContentFieldValidator.Validate"/> on a JSON
/// object and returns either the stored values (as canonical JSON) or the errors.
/// </summary>
internal static class FieldValidation
{
    /// <summary>The display text field of <see cref="TypeWith"/> types.</summary>
    public static readonly ContentFieldDefinition Title = new() { Name = "title", Kind = ContentFieldKind.Text, Required = true, MaxLength = 160 };

    /// <summary>
    /// A small hand-made type "Sample": a required <c>title</c> plus <paramref name="fields"/> (a Slug field
    /// becomes the slug field). Checked against the recipe's types so it is a definition the CMS would accept.
    /// </summary>
    public static ContentTypeDefinition TypeWith(params ContentFieldDefinition[] fields)
    {
        var type = new ContentTypeDefinition
        {
            Name = "Sample",
            DisplayTextField = Title.Name,
            SlugField = fields.FirstOrDefault(f => f.Kind == ContentFieldKind.Slug)?.Name,
            Fields = [Title, .. fields],
        };
        Assert.Empty(ContentDefinitionValidator.Validate([.. RecipeContentTypes.All, type]));
        return type;
    }

    /// <summary>Parses JSON text into a detached element.</summary>
    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Validates an input object that must be valid.</summary>
    public static ValidatedContent Valid(ContentTypeDefinition type, string inputJson, bool applyDefaults = false) =>
        ContentFieldValidator.Validate(type, Json(inputJson), applyDefaults);

    /// <summary>Validates an input object that must be rejected, and returns every error.</summary>
    public static IReadOnlyList<FieldError> Errors(ContentTypeDefinition type, string inputJson, bool applyDefaults = false) =>
        Assert.Throws<ContentValidationException>(() => ContentFieldValidator.Validate(type, Json(inputJson), applyDefaults)).Errors;

    /// <summary>
    /// Validates <c>{ "title": "A title", field: valueJson }</c> on <see cref="TypeWith"/>(field) and returns the
    /// stored value as canonical JSON, or null when nothing is stored for the field.
    /// </summary>
    public static string? Accept(ContentFieldDefinition field, string valueJson)
    {
        var content = Valid(TypeWith(field), Input(field, valueJson));
        return content.Fields.TryGetValue(field.Name, out var value) ? CanonicalJson.Serialize(value) : null;
    }

    /// <summary>Like <see cref="Accept"/> for a value that must be rejected with exactly one error, which is returned.</summary>
    public static FieldError Reject(ContentFieldDefinition field, string valueJson) =>
        Assert.Single(Errors(TypeWith(field), Input(field, valueJson)));

    /// <summary>A JSON string literal of <paramref name="text"/>, escaping only what JSON requires for these ASCII fixtures.</summary>
    public static string Str(string text) => JsonSerializer.Serialize(text, CmsJson.Options);

    private static string Input(ContentFieldDefinition field, string valueJson) => $$"""{"title":"A title","{{field.Name}}":{{valueJson}}}""";
}
