using System.Text.Json;
using System.Text.RegularExpressions;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// One use of a media asset in a Media field: which asset, the exact file (its SHA-256, so the version's content hash
/// covers the bytes), and the text that goes with it here: alt text (required), caption and credit (optional).
/// </summary>
public sealed partial record MediaUse(string Field, string AssetId, string Sha256, string Alt, string? Caption, string? Credit)
{
    /// <summary>The longest caption.</summary>
    public const int MaxCaptionLength = 1000;

    /// <summary>The longest credit.</summary>
    public const int MaxCreditLength = 200;

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();

    /// <summary>True when <paramref name="value"/> is a SHA-256 written as 64 lower-case hex digits.</summary>
    public static bool IsSha256(string? value) => value is not null && Sha256Hex().IsMatch(value);

    /// <summary>Every use in the Media fields of <paramref name="fields"/> (stored values, already normalized), in field order.</summary>
    public static IReadOnlyList<MediaUse> In(ContentTypeDefinition type, ContentFields fields)
    {
        var uses = new List<MediaUse>();
        foreach (var field in type.Fields.Where(f => f.Kind == ContentFieldKind.Media))
        {
            if (fields.TryGetValue(field.Name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                uses.AddRange(value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => new MediaUse(
                    field.Name,
                    Text(e, "asset") ?? string.Empty,
                    Text(e, "sha256") ?? string.Empty,
                    Text(e, "alt") ?? string.Empty,
                    Text(e, "caption"),
                    Text(e, "credit"))));
            }
        }

        return uses;
    }

    /// <summary>
    /// Checks one element of a Media field's array as sent by a client and returns it normalized (text trimmed, empty
    /// optional text dropped, properties in a fixed order); null after adding a problem to <paramref name="errors"/>.
    /// The asset's existence, kind and file name are checked against the library by the caller.
    /// </summary>
    public static JsonElement? Normalize(ContentFieldDefinition field, JsonElement item, string path, List<FieldError> errors)
    {
        var problem = item.ValueKind != JsonValueKind.Object ? "expects an object { \"asset\": \"id\", \"sha256\": \"...\", \"alt\": \"...\" }" : null;
        if (problem is null)
        {
            foreach (var property in item.EnumerateObject())
            {
                problem ??= property.Name is not ("asset" or "sha256" or "alt" or "caption" or "credit")
                    ? $"has an unknown property '{property.Name}' (a media use has asset, sha256, alt, caption and credit)"
                    : property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null) ? $"property '{property.Name}' must be a string" : null;
            }
        }

        if (problem is null)
        {
            var asset = Text(item, "asset");
            var sha256 = Text(item, "sha256");
            var caption = Text(item, "caption");
            var credit = Text(item, "credit");
            problem = asset is null || !ContentIds.IsWellFormed(asset) ? "needs 'asset', the id of a media library asset"
                : !IsSha256(sha256) ? "needs 'sha256', the 64 lower-case hex digits of the asset's file"
                : AltText.Problem(Text(item, "alt") ?? string.Empty, field.MaxLength ?? AltText.DefaultMaxLength, null)
                    ?? (caption?.Length > MaxCaptionLength ? $"has a caption longer than {MaxCaptionLength} characters"
                    : credit?.Length > MaxCreditLength || credit?.Contains('\n') == true ? $"has a credit longer than one line of {MaxCreditLength} characters"
                    : null);
        }

        if (problem is not null)
        {
            errors.Add(new FieldError(field.Name, $"Field '{path}' {problem}."));
            return null;
        }

        var normalized = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "asset", "sha256", "alt", "caption", "credit" })
        {
            if (Text(item, name) is { Length: > 0 } text)
            {
                normalized[name] = text;
            }
        }

        return JsonSerializer.SerializeToElement(normalized);
    }

    // A trimmed string property; null when absent, not a string, or blank.
    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text.ReplaceLineEndings("\n")
            : null;
}
