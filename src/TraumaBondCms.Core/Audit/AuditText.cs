using System.Globalization;
using System.Text;
using TraumaBondCms.Core.Security;

namespace TraumaBondCms.Core.Audit;

/// <summary>
/// Text echoed into the audit log from a request (a name someone typed, a reason given): unsafe characters
/// (<see cref="UnsafeCharacters"/>) are written as visible <c>\uXXXX</c> escapes, line breaks and tabs kept, and the
/// text is cut to a bound with a note of how much was left out. Applying it twice changes nothing.
/// </summary>
public static class AuditText
{
    /// <summary>The longest actor name kept.</summary>
    public const int MaxActorLength = 128;

    /// <summary>The longest reason kept.</summary>
    public const int MaxReasonLength = 2_000;

    /// <summary>The text escaped and cut to <paramref name="maxLength"/> characters; null stays null.</summary>
    public static string? Bounded(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var escaped = text.Any(c => c is not ('\n' or '\t') && UnsafeCharacters.IsUnsafe(c)) ? Escape(text) : text;
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var note = string.Create(CultureInfo.InvariantCulture, $"… ({escaped.Length - maxLength} more characters)");
        var kept = Math.Max(0, maxLength - note.Length);
        if (kept > 0 && char.IsHighSurrogate(escaped[kept - 1]))
        {
            kept--;
        }

        return string.Concat(escaped.AsSpan(0, kept), note);
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is not ('\n' or '\t') && UnsafeCharacters.IsUnsafe(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }
}
