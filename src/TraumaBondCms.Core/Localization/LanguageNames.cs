using System.Globalization;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Core.Localization;

/// <summary>
/// Reads how people write a language in content ("Spanish", "español", "es", "Spanish (Latin America)") and says whether it
/// is a given language, comparing with the language's English and native names (from the platform's culture data) and
/// its tag, ignoring case and accents. Thread-safe.
/// </summary>
public static class LanguageNames
{
    /// <summary>True when <paramref name="written"/> names the language <paramref name="language"/> (a tag such as <c>es</c>).</summary>
    public static bool Names(string written, string language)
    {
        var text = SearchText.Fold(written.Trim());
        if (text.Length == 0)
        {
            return false;
        }

        if (CultureNames.Normalize(written.Trim()) is { } tag && CultureNames.Language(tag) == language)
        {
            return true;
        }

        var names = NamesOf(language);
        // "Spanish (Latin America)" names Spanish: its first words are a name of the language.
        return names.Any(name => text == name || text.StartsWith(name + " ", StringComparison.Ordinal));
    }

    private static string[] NamesOf(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return [SearchText.Fold(culture.EnglishName), SearchText.Fold(culture.NativeName), language];
        }
        catch (CultureNotFoundException)
        {
            return [language];
        }
    }
}
