using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Checks that a set of content type definitions is consistent before it is used: names are identifiers,
/// settings fit their field kinds, and references between types (pickers, taxonomies) resolve.
/// </summary>
public static partial class ContentDefinitionValidator
{
    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,63}$")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[a-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex FieldName();

    /// <summary>Returns every problem found, one sentence each; empty when the definitions are valid.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ContentTypeDefinition> types)
    {
        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!TypeName().IsMatch(type.Name))
            {
                problems.Add($"Content type name '{type.Name}' must be a PascalCase identifier.");
            }

            if (!names.Add(type.Name))
            {
                problems.Add($"Content type '{type.Name}' is defined twice.");
            }
        }

        foreach (var type in types)
        {
            ValidateType(type, names, types, problems);
        }

        return problems;
    }

    /// <summary>Throws <see cref="ContentDefinitionException"/> when <see cref="Validate"/> finds problems.</summary>
    public static void ThrowIfInvalid(IReadOnlyList<ContentTypeDefinition> types)
    {
        var problems = Validate(types);
        if (problems.Count > 0)
        {
            throw new ContentDefinitionException(problems);
        }
    }

    private static void ValidateType(ContentTypeDefinition type, HashSet<string> typeNames, IReadOnlyList<ContentTypeDefinition> types, List<string> problems)
    {
        var where = $"Content type '{type.Name}'";
        if (type.Fields.Count == 0)
        {
            problems.Add($"{where} has no fields.");
        }

        var fieldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!FieldName().IsMatch(field.Name))
            {
                problems.Add($"{where}: field name '{field.Name}' must be a camelCase identifier.");
            }

            if (!fieldNames.Add(field.Name))
            {
                problems.Add($"{where}: field '{field.Name}' is defined twice.");
            }

            ValidateField(type, field, typeNames, types, problems);
        }

        // A type without free text (one that may publish without review) takes its display text from its slug.
        if (type.GetField(type.DisplayTextField) is not { Kind: ContentFieldKind.Text or ContentFieldKind.Slug })
        {
            problems.Add($"{where}: displayTextField '{type.DisplayTextField}' must name a Text or Slug field of the type.");
        }

        if (type.PublishWithoutReview && type.ReviewedFields.ToList() is { Count: > 0 } reviewed)
        {
            var what = reviewed.All(f => f.Kind == ContentFieldKind.Media) ? "the images and alt text" : reviewed.Any(f => f.Kind == ContentFieldKind.Media) ? "the free text, images and alt text" : "the free text";
            problems.Add($"{where} cannot publish without review: readers see {what} of {string.Join(", ", reviewed.Select(f => $"'{f.Name}'"))}, which a clinician must review. Give it a review workflow instead.");
        }

        if (type.SlugField is not null && type.GetField(type.SlugField) is not { Kind: ContentFieldKind.Slug })
        {
            problems.Add($"{where}: slugField '{type.SlugField}' must name a Slug field of the type.");
        }

        if (type.SlugField is null && type.Fields.Any(f => f.Kind == ContentFieldKind.Slug))
        {
            problems.Add($"{where}: a Slug field needs slugField to name it.");
        }

        if (type.Fields.Count(f => f.Kind == ContentFieldKind.Slug) > 1)
        {
            problems.Add($"{where}: a type has at most one Slug field.");
        }
    }

    private static void ValidateField(ContentTypeDefinition type, ContentFieldDefinition field, HashSet<string> typeNames, IReadOnlyList<ContentTypeDefinition> types, List<string> problems)
    {
        var where = $"Content type '{type.Name}', field '{field.Name}'";
        var problemsBefore = problems.Count;
        if (field.MaxLength is < 1)
        {
            problems.Add($"{where}: maxLength must be at least 1.");
        }

        if (field.MaxItems is < 1)
        {
            problems.Add($"{where}: maxItems must be at least 1.");
        }

        // decimal.Round, which checks values against Decimals, throws outside 0-28.
        if (field.Decimals is < 0 or > 28)
        {
            problems.Add($"{where}: decimals must be between 0 and 28.");
        }

        if (field.Pattern is not null)
        {
            try
            {
                // Checked in the anchored form content is validated with, so a pattern that only breaks once anchored (a trailing (?x) comment) is refused here.
                _ = new Regex(FieldValueValidator.WholeValuePattern(field.Pattern), RegexOptions.None, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException e)
            {
                problems.Add($"{where}: pattern is not a valid regular expression ({e.Message}).");
            }
        }

        // A List of Choice items takes its options from the field as a Choice field does.
        if (field.EffectiveItemKind == ContentFieldKind.Choice && field.Options is not { Count: > 0 })
        {
            problems.Add($"{where}: a Choice field needs at least one option.");
        }

        switch (field.Kind)
        {
            case ContentFieldKind.ContentPicker:
                foreach (var allowed in field.AllowedTypes ?? [])
                {
                    if (!typeNames.Contains(allowed))
                    {
                        problems.Add($"{where}: allowed type '{allowed}' is not defined.");
                    }
                }

                break;
            case ContentFieldKind.Tags:
                var taxonomy = types.FirstOrDefault(t => t.Name == field.EffectiveTaxonomy);
                if (taxonomy is null)
                {
                    problems.Add($"{where}: taxonomy type '{field.EffectiveTaxonomy}' is not defined.");
                }
                else if (taxonomy.SlugField is null)
                {
                    problems.Add($"{where}: taxonomy type '{taxonomy.Name}' has no slug field to tag with.");
                }

                break;
            case ContentFieldKind.Media when field.Indexed:
                problems.Add($"{where}: Media fields cannot be indexed (lists cannot filter or sort on images).");
                break;
            case ContentFieldKind.Media when field.MaxLength > Media.AltText.LongestLimit:
                problems.Add($"{where}: maxLength (of alt text) is at most {Media.AltText.LongestLimit}; longer descriptions belong in the caption or the text.");
                break;
            case ContentFieldKind.List when field.EffectiveItemKind is ContentFieldKind.List or ContentFieldKind.Tags or ContentFieldKind.ContentPicker or ContentFieldKind.Slug or ContentFieldKind.Markdown or ContentFieldKind.Media:
                problems.Add($"{where}: a List holds Text, Date, Boolean, Number, Choice, Link or Phone items, not {field.EffectiveItemKind}.");
                break;
            case ContentFieldKind.Slug when field.GenerateFrom is not null && type.GetField(field.GenerateFrom) is not { Kind: ContentFieldKind.Text }:
                problems.Add($"{where}: generateFrom '{field.GenerateFrom}' must name a Text field of the type.");
                break;
            case ContentFieldKind.Number when field.Min > field.Max:
                problems.Add($"{where}: min is greater than max.");
                break;
        }

        if (field.MediaKinds is { Count: > 0 } && field.Kind != ContentFieldKind.Media)
        {
            problems.Add($"{where}: mediaKinds apply to Media fields only.");
        }

        if (field.Options is { Count: > 0 } && field.EffectiveItemKind != ContentFieldKind.Choice)
        {
            problems.Add($"{where}: options apply to Choice fields only.");
        }

        // ContentFieldValidator copies defaults into new items as they are, so they are checked here, once
        // the field's own settings are known to be usable (a bad pattern or decimals would throw).
        if (field.DefaultValue is { } defaultValue && problems.Count == problemsBefore)
        {
            var errors = new List<FieldError>();
            FieldValueValidator.Normalize(field, defaultValue, errors);
            problems.AddRange(errors.Select(e => $"{where}: defaultValue is invalid ({e.Message})"));
        }
    }
}
