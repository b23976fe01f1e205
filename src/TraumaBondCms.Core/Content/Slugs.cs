using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Content;

/// <summary>Slug rules: lower-case ASCII words joined by single hyphens, at most <see cref="MaxLength"/> characters.</summary>
public static partial class Slugs
{
    /// <summary>The longest slug accepted.</summary>
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    /// <summary>True when <paramref name="value"/> is a well-formed slug.</summary>
    public static bool IsValid(string value) => value.Length <= MaxLength && SlugPattern().IsMatch(value);

    /// <summary>
    /// Makes a slug from a title: diacritics folded ("é" to "e"), apostrophes dropped ("can't" to "cant"),
    /// anything else that is not a letter or digit becomes a hyphen, cut at a word boundary within
    /// <see cref="MaxLength"/>. Returns an empty string when nothing usable is left.
    /// </summary>
    public static string FromText(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        if (slug.Length > MaxLength)
        {
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxLength];
        }

        return slug;
    }
}
