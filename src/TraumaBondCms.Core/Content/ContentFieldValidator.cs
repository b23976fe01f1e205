using System.Text.Json;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Validates the field values a client sent for an item of a given type and normalizes them for storage.
/// Pure: references to other items are returned in <see cref="ValidatedContent.References"/> for the caller
/// to check against the store.
/// </summary>
public static class ContentFieldValidator
{
    /// <summary>
    /// Validates <paramref name="input"/> (a JSON object of field values) for <paramref name="type"/>.
    /// When <paramref name="applyDefaults"/> is true (a new item), absent fields take their definition's
    /// default value. A missing slug is generated from the field named by the slug field's <c>generateFrom</c>.
    /// Throws <see cref="ContentValidationException"/> listing every problem.
    /// </summary>
    public static ValidatedContent Validate(ContentTypeDefinition type, JsonElement input, bool applyDefaults)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            throw ContentValidationException.For("fields", "Fields must be a JSON object of field names to values.");
        }

        if (!IsReadableText(input))
        {
            throw ContentValidationException.For("fields", "Field names and values must be Unicode text; an escaped unpaired surrogate such as \\ud800 is not.");
        }

        var errors = new List<FieldError>();
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in input.EnumerateObject())
        {
            var field = type.GetField(property.Name);
            if (field is null)
            {
                errors.Add(new FieldError(property.Name, $"Unknown field '{property.Name}' for content type '{type.Name}'."));
                continue;
            }

            if (values.ContainsKey(field.Name))
            {
                errors.Add(new FieldError(field.Name, $"Field '{field.Name}' is given more than once."));
                continue;
            }

            var normalized = FieldValueValidator.Normalize(field, property.Value, errors);
            if (normalized is { } value)
            {
                values[field.Name] = value;
            }
        }

        foreach (var field in type.Fields)
        {
            if (applyDefaults && !values.ContainsKey(field.Name) && field.DefaultValue is { } defaultValue)
            {
                values[field.Name] = defaultValue;
            }
        }

        GenerateSlug(type, values, errors);
        CheckRequired(type, values, errors);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var fields = ContentFields.From(values);
        return new ValidatedContent(
            type,
            fields,
            fields.GetString(type.DisplayTextField) ?? string.Empty,
            type.SlugField is null ? null : fields.GetString(type.SlugField),
            CollectReferences(type, fields));
    }

    /// <summary>
    /// True when <paramref name="fields"/> holds a value of <paramref name="field"/> that satisfies it as a required field:
    /// present, not blank or empty, and valid for the definition as it is now (an item saved under an older definition
    /// may hold none, or one of another shape).
    /// </summary>
    public static bool HasValidValue(ContentFieldDefinition field, ContentFields fields)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(fields);
        if (!fields.TryGetValue(field.Name, out var value)
            || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
            || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
        {
            return false;
        }

        var errors = new List<FieldError>();
        return FieldValueValidator.Normalize(field, value, errors) is not null && errors.Count == 0;
    }

    // "\ud800" is well-formed JSON but not Unicode text: System.Text.Json throws InvalidOperationException
    // when it is read as a string, so such input is refused up front as bad input instead of failing later.
    private static bool IsReadableText(JsonElement value)
    {
        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is not null,
                JsonValueKind.Array => value.EnumerateArray().All(IsReadableText),
                JsonValueKind.Object => value.EnumerateObject().All(p => p.Name is not null && IsReadableText(p.Value)),
                _ => true,
            };
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void GenerateSlug(ContentTypeDefinition type, Dictionary<string, JsonElement> values, List<FieldError> errors)
    {
        if (type.SlugField is null)
        {
            return;
        }

        // A blank slug (an emptied input; values are trimmed) is no slug, as it is for required fields:
        // it is generated or left absent, never stored as "" for every such item of the type to share.
        if (values.TryGetValue(type.SlugField, out var given) && given.ValueKind == JsonValueKind.String && given.GetString()!.Length == 0)
        {
            values.Remove(type.SlugField);
        }

        if (values.ContainsKey(type.SlugField) || type.GetField(type.SlugField)?.GenerateFrom is not { } source)
        {
            return;
        }

        if (values.TryGetValue(source, out var text) && text.ValueKind == JsonValueKind.String)
        {
            var slug = Slugs.FromText(text.GetString()!);
            if (slug.Length > 0)
            {
                values[type.SlugField] = JsonSerializer.SerializeToElement(slug);
            }
            else if (errors.All(e => e.Field != source))
            {
                errors.Add(new FieldError(type.SlugField, $"Field '{type.SlugField}' could not be generated from '{source}'; give a slug."));
            }
        }
    }

    private static void CheckRequired(ContentTypeDefinition type, Dictionary<string, JsonElement> values, List<FieldError> errors)
    {
        foreach (var field in type.Fields.Where(f => f.Required))
        {
            // A slug generated from another field is not reported missing when that field is: one error, at its cause.
            if (errors.Any(e => e.Field == field.Name)
                || (field.GenerateFrom is { } source && errors.Any(e => e.Field == source))
                || (field.GenerateFrom is { } required && !values.ContainsKey(required) && type.GetField(required)?.Required == true))
            {
                continue;
            }

            var missing = !values.TryGetValue(field.Name, out var value)
                || (value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
                || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0);
            if (missing)
            {
                errors.Add(new FieldError(field.Name, $"Field '{field.Name}' ({field.Label}) is required."));
            }
        }
    }

    private static List<ContentReference> CollectReferences(ContentTypeDefinition type, ContentFields fields)
    {
        var references = new List<ContentReference>();
        foreach (var field in type.Fields)
        {
            switch (field.Kind)
            {
                case ContentFieldKind.ContentPicker:
                    references.AddRange(fields.GetStrings(field.Name).Select(id => new ContentReference(field.Name, id, null, field.AllowedTypes ?? [])));
                    break;
                case ContentFieldKind.Tags:
                    references.AddRange(fields.GetStrings(field.Name).Select(slug => new ContentReference(field.Name, null, slug, [field.EffectiveTaxonomy])));
                    break;
            }
        }

        return references;
    }
}
