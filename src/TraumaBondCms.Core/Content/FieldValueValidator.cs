using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Checks and normalizes one field value by its kind and settings. Problems are added to the caller's list
/// (named by the field, with the item index for lists) and the method returns null for that field.
/// </summary>
internal static class FieldValueValidator
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    // Definitions hold few patterns; past this many distinct ones a pattern is compiled per use instead of kept.
    private const int MaxCachedPatterns = 512;

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>
    /// The regular expression that checks a field's pattern: the definition promises a match of the whole
    /// value, so the pattern is anchored whether or not its author anchored it.
    /// </summary>
    public static string WholeValuePattern(string pattern) => $@"\A(?:{pattern})\z";

    /// <summary>Returns the normalized value, null when the value is JSON null (no value) or invalid.</summary>
    public static JsonElement? Normalize(ContentFieldDefinition field, JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!field.IsArray)
        {
            return NormalizeScalar(field, field.Kind, value, field.Name, errors);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError(field.Name, $"Field '{field.Name}' expects a JSON array."));
            return null;
        }

        var count = value.GetArrayLength();
        var limit = field.ItemLimit;
        if (count > limit)
        {
            errors.Add(new FieldError(field.Name, $"Field '{field.Name}' holds at most {limit} item(s); {count} were given."));
            return null;
        }

        var items = new List<JsonElement>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{field.Name}[{index++}]";
            var normalized = field.Kind switch
            {
                ContentFieldKind.Tags => NormalizeReference(field, item, path, Slugs.IsValid, "a topic slug", errors),
                ContentFieldKind.ContentPicker => NormalizeReference(field, item, path, ContentIds.IsWellFormed, "a content item id", errors),
                ContentFieldKind.Media => Media.MediaUse.Normalize(field, item, path, errors),
                _ => NormalizeScalar(field, field.EffectiveItemKind, item, path, errors),
            };
            if (normalized is { } n && (field.Kind is ContentFieldKind.List or ContentFieldKind.Media || seen.Add(n.GetString()!)))
            {
                items.Add(n);
            }
        }

        return JsonSerializer.SerializeToElement(items);
    }

    private static JsonElement? NormalizeReference(ContentFieldDefinition field, JsonElement item, string path, Func<string, bool> isValid, string what, List<FieldError> errors)
    {
        if (item.ValueKind == JsonValueKind.String && isValid(item.GetString()!))
        {
            return item;
        }

        errors.Add(new FieldError(field.Name, $"Field '{path}' must be {what}."));
        return null;
    }

    private static JsonElement? NormalizeScalar(ContentFieldDefinition field, ContentFieldKind kind, JsonElement value, string path, List<FieldError> errors)
    {
        string? problem = kind switch
        {
            ContentFieldKind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "expects true or false",
            ContentFieldKind.Number => value.ValueKind == JsonValueKind.Number ? CheckNumber(field, value) : "expects a number",
            ContentFieldKind.Link => value.ValueKind == JsonValueKind.Object ? CheckLink(value) : "expects an object { \"url\": \"https://...\", \"text\": \"...\" }",
            ContentFieldKind.Hours => OpeningHours.TryParse(value, out var hoursProblem) is null ? hoursProblem : null,
            _ => value.ValueKind == JsonValueKind.String ? CheckText(field, kind, value.GetString()!) : "expects a string",
        };
        if (problem is not null)
        {
            errors.Add(new FieldError(field.Name, $"Field '{path}' {problem}."));
            return null;
        }

        return kind switch
        {
            ContentFieldKind.Markdown => JsonSerializer.SerializeToElement(value.GetString()!.ReplaceLineEndings("\n")),
            // Multi-line text is stored with LF like Markdown, so the same paragraph typed on any platform hashes alike.
            ContentFieldKind.Text when field.Multiline => JsonSerializer.SerializeToElement(value.GetString()!.Trim().ReplaceLineEndings("\n")),
            ContentFieldKind.Text or ContentFieldKind.Slug or ContentFieldKind.Phone or ContentFieldKind.Choice or ContentFieldKind.Date
                => JsonSerializer.SerializeToElement(value.GetString()!.Trim()),
            _ => value,
        };
    }

    private static string? CheckText(ContentFieldDefinition field, ContentFieldKind kind, string raw)
    {
        // Checked as stored: Markdown with LF line endings (browsers submit a textarea's breaks as CRLF), other text trimmed.
        var text = kind == ContentFieldKind.Markdown ? raw.ReplaceLineEndings("\n") : field.Multiline ? raw.Trim().ReplaceLineEndings("\n") : raw.Trim();
        if (field.MaxLength is { } max && text.Length > max)
        {
            return $"is {text.Length} characters long; the maximum is {max}";
        }

        if (text.Contains('\0'))
        {
            return "contains a NUL character";
        }

        if (kind == ContentFieldKind.Text && !field.Multiline && (text.Contains('\n') || text.Contains('\r')))
        {
            return "must be a single line";
        }

        var kindProblem = kind switch
        {
            ContentFieldKind.Slug when text.Length > 0 && !Slugs.IsValid(text) => "must be lower-case letters and digits in words joined by single hyphens, e.g. 'why-leaving-is-hard'",
            ContentFieldKind.Choice when field.Options is { } options && !options.Contains(text, StringComparer.Ordinal) => $"must be one of: {string.Join(", ", options)}",
            ContentFieldKind.Date when !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => "must be a date written yyyy-MM-dd",
            ContentFieldKind.Phone when !PhoneNumbers.IsWellFormed(text) => "must be a telephone number in E.164 (+18007997233) or national form (1-800-799-7233)",
            _ => null,
        };
        if (kindProblem is not null || field.Pattern is null || text.Length == 0)
        {
            return kindProblem;
        }

        try
        {
            return PatternOf(field.Pattern).IsMatch(text) ? null : $"does not match the pattern {field.Pattern}";
        }
        catch (RegexMatchTimeoutException)
        {
            return "could not be checked against its pattern in time";
        }
    }

    // A pattern runs on the non-backtracking engine when it can (time linear in the value: no pattern can stall a save, and a
    // busy machine cannot make a match time out); patterns that need backtracking (lookarounds, backreferences) run with a
    // timeout instead.
    private static Regex PatternOf(string pattern)
    {
        if (Patterns.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex regex;
        try
        {
            regex = new Regex(WholeValuePattern(pattern), RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = new Regex(WholeValuePattern(pattern), RegexOptions.None, PatternTimeout);
        }

        if (Patterns.Count < MaxCachedPatterns)
        {
            Patterns.TryAdd(pattern, regex);
        }

        return regex;
    }

    private static string? CheckNumber(ContentFieldDefinition field, JsonElement value)
    {
        if (!value.TryGetDecimal(out var number))
        {
            return "is out of range";
        }

        if (field.Min is { } min && number < min)
        {
            return $"must be at least {min.ToString(CultureInfo.InvariantCulture)}";
        }

        if (field.Max is { } max && number > max)
        {
            return $"must be at most {max.ToString(CultureInfo.InvariantCulture)}";
        }

        if (field.Decimals is { } decimals && decimal.Round(number, decimals) != number)
        {
            return decimals == 0 ? "must be a whole number" : $"allows at most {decimals} decimal places";
        }

        return null;
    }

    private static string? CheckLink(JsonElement value)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name is not ("url" or "text"))
            {
                return $"has an unknown property '{property.Name}' (a link has 'url' and 'text')";
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                return $"property '{property.Name}' must be a string";
            }
        }

        if (!value.TryGetProperty("url", out var url) || !Links.IsAllowedUrl(url.GetString()!))
        {
            return "needs a 'url' that is an absolute http, https, mailto or tel address";
        }

        return value.TryGetProperty("text", out var text) && text.GetString()!.Length > 200 ? "text is longer than 200 characters" : null;
    }
}
