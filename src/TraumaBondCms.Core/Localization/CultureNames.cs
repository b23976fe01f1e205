namespace TraumaBondCms.Core.Localization;

/// <summary>
/// Culture names: BCP 47 language tags of the form <c>language[-Script][-REGION]</c> (<c>en-US</c>, <c>es-419</c>,
/// <c>zh-Hant-TW</c>), written in their canonical case. Variants and extensions are not used for content. Pure and
/// thread-safe.
/// </summary>
public static class CultureNames
{
    /// <summary>The culture of content when a site never configured localization: the CMS served US English only before.</summary>
    public const string BuiltInDefault = "en-US";

    /// <summary>The longest culture name accepted.</summary>
    public const int MaxLength = 16;

    /// <summary>
    /// <paramref name="name"/> in canonical case (<c>ES-us</c> → <c>es-US</c>, <c>_</c> read as <c>-</c>); null when it is
    /// not a language tag of the accepted form.
    /// </summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxLength)
        {
            return null;
        }

        var parts = name.Trim().Replace('_', '-').Split('-');
        if (parts.Length > 3 || !IsLetters(parts[0], 2, 3))
        {
            return null;
        }

        var result = parts[0].ToLowerInvariant();
        var next = 1;
        if (next < parts.Length && IsLetters(parts[next], 4, 4))
        {
            result += "-" + char.ToUpperInvariant(parts[next][0]) + parts[next][1..].ToLowerInvariant();
            next++;
        }

        if (next < parts.Length)
        {
            var region = parts[next];
            if (IsLetters(region, 2, 2))
            {
                result += "-" + region.ToUpperInvariant();
            }
            else if (region.Length == 3 && region.All(char.IsAsciiDigit))
            {
                result += "-" + region;
            }
            else
            {
                return null;
            }

            next++;
        }

        return next == parts.Length ? result : null;
    }

    /// <summary>The language subtag of a normalized culture name: <c>es-US</c> → <c>es</c>.</summary>
    public static string Language(string culture)
    {
        var dash = culture.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? culture : culture[..dash];
    }

    /// <summary>
    /// True when the language range <paramref name="range"/> covers <paramref name="culture"/> (RFC 4647 basic filtering):
    /// equal ignoring case, or a prefix of it ending at a dash, so <c>es</c> covers <c>es-US</c> and <c>es-MX</c> but
    /// <c>es-US</c> does not cover <c>es-MX</c>. <c>*</c> covers everything.
    /// </summary>
    public static bool Covers(string range, string culture) =>
        range == "*"
        || string.Equals(range, culture, StringComparison.OrdinalIgnoreCase)
        || (culture.Length > range.Length && culture[range.Length] == '-' && culture.StartsWith(range, StringComparison.OrdinalIgnoreCase));

    private static bool IsLetters(string part, int min, int max) =>
        part.Length >= min && part.Length <= max && part.All(char.IsAsciiLetter);
}
