using System.Text.RegularExpressions;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// The rules alt text follows, for screen-reader users: present, not longer than the field allows, not a placeholder
/// ("image", "photo", "TODO"), and not a file name (typed or left over from the upload). Pure and thread-safe.
/// </summary>
public static partial class AltText
{
    /// <summary>The alt text limit of a Media field whose definition gives no maxLength.</summary>
    public const int DefaultMaxLength = 250;

    /// <summary>The largest maxLength a Media field may give its alt text.</summary>
    public const int LongestLimit = 1000;

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "image", "img", "photo", "photograph", "picture", "pic", "graphic", "illustration", "screenshot", "alt", "alt text",
        "alttext", "alt tag", "placeholder", "todo", "tbd", "tba", "fixme", "untitled", "none", "na", "n a", "null", "undefined",
        "test", "xxx", "lorem ipsum", "description", "image description", "insert alt text", "add alt text", "alt text here",
        "logo", "icon", "banner", "thumbnail", "spacer", "blank", "empty", "default", "file", "upload", "attachment", "document", "pdf",
    };

    [GeneratedRegex(@"^[^/\\]{1,200}\.(jpe?g|png|gif|webp|avif|pdf|svg|heic|heif|tiff?|bmp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNameShape();

    [GeneratedRegex(@"^(img|dsc|dscn|dscf|dcim|pxl|mvimg|photo|image|screenshot|screen shot|scan|whatsapp image)[ _-]?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameraName();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWordCharacters();

    /// <summary>
    /// What is wrong with <paramref name="alt"/> (already trimmed) as alt text limited to <paramref name="maxLength"/>
    /// characters, for an asset uploaded as <paramref name="fileName"/> (null when not known yet); null when it is fine.
    /// </summary>
    public static string? Problem(string alt, int maxLength, string? fileName)
    {
        if (alt.Length == 0)
        {
            return "needs alt text: describe what the image shows for readers who cannot see it";
        }

        if (alt.Length > maxLength)
        {
            return $"has alt text of {alt.Length} characters; the maximum is {maxLength} (put more in the caption)";
        }

        if (alt.Contains('\n') || alt.Contains('\r') || alt.Contains('\0'))
        {
            return "has alt text on more than one line";
        }

        var words = Words(alt);
        if (words.Length == 0 || Placeholders.Contains(words) || words.All(c => char.IsDigit(c) || c == ' '))
        {
            return $"has placeholder alt text ('{alt}'): describe what the image shows";
        }

        if (FileNameShape().IsMatch(alt) || CameraName().IsMatch(alt) || (fileName is not null && IsFileName(alt, fileName)))
        {
            return $"has alt text that is a file name ('{alt}'): describe what the image shows";
        }

        return null;
    }

    /// <summary>True when <paramref name="alt"/> is <paramref name="fileName"/>, with or without its extension, ignoring case and separators.</summary>
    public static bool IsFileName(string alt, string fileName)
    {
        var name = Words(fileName);
        var stem = Words(Path.GetFileNameWithoutExtension(fileName));
        var text = Words(alt);
        return text.Length > 0 && (text == name || text == stem);
    }

    // Lower-case words joined by single spaces: "IMG_2041.JPG" and "img 2041 jpg" compare equal.
    private static string Words(string text) => NotWordCharacters().Replace(text.ToLowerInvariant(), " ").Trim();
}
