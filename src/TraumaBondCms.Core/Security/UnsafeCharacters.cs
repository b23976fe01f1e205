using System.Globalization;

namespace TraumaBondCms.Core.Security;

/// <summary>
/// Characters that make text lie about itself when shown: control characters (C0, DEL, C1: terminal colour codes start
/// with ESC, U+001B) and the Unicode bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) that reorder
/// what follows (a "right-to-left override" shows <c>txt.exe</c> as <c>exe.txt</c>). Names never hold them; echoed text
/// shows them escaped.
/// </summary>
public static class UnsafeCharacters
{
    /// <summary>True when <paramref name="c"/> is a control character or a bidirectional control.</summary>
    public static bool IsUnsafe(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.Control
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The first unsafe character of <paramref name="text"/> as <c>U+XXXX</c>; null when there is none.</summary>
    public static string? FindIn(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return $"U+{(int)c:X4}";
            }
        }

        return null;
    }
}
