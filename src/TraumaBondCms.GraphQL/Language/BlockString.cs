using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace TraumaBondCms.GraphQL.Language;

/// <summary>
/// The block string algorithms of https://spec.graphql.org/October2021/#sec-String-Value:
/// <see cref="Dedent"/> is the spec's BlockStringValue(rawValue); <see cref="TryFormat"/> is its
/// inverse for printing. Stateless and thread safe.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// Spec BlockStringValue(rawValue): splits on line terminators, removes the common indentation of
    /// every line but the first, drops leading and trailing blank lines, and joins with <c>\n</c>.
    /// <paramref name="rawValue"/> is the text between the quotes with <c>\"""</c> already unescaped.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        var lines = SplitLines(rawValue);
        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var indent = LeadingWhiteSpace(lines[i]);
            if (indent < lines[i].Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        if (commonIndent is { } common)
        {
            for (var i = 1; i < lines.Count; i++)
            {
                lines[i] = lines[i].Length <= common ? string.Empty : lines[i][common..];
            }
        }

        var first = 0;
        while (first < lines.Count && IsBlank(lines[first]))
        {
            first++;
        }

        var last = lines.Count - 1;
        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        return string.Join('\n', lines.Skip(first).Take(last - first + 1));
    }

    /// <summary>
    /// Formats <paramref name="value"/> as a block string literal (with its <c>"""</c> delimiters) whose
    /// BlockStringValue is exactly <paramref name="value"/>. Continuation lines are prefixed with
    /// <paramref name="indentation"/>. Returns false when no block string can represent the value
    /// (for example it contains <c>\r</c>, a control character, or leading/trailing blank lines);
    /// callers then print a quoted string instead.
    /// </summary>
    public static bool TryFormat(string value, string indentation, [NotNullWhen(true)] out string? literal)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(indentation);
        literal = null;
        if (!HasOnlyBlockCharacters(value))
        {
            return false;
        }

        var lines = value.Split('\n');
        var candidates = new List<string>(2);
        if (lines.Length == 1 && !value.EndsWith('"') && !value.EndsWith('\\'))
        {
            candidates.Add(value);
        }

        // One line per value line, between delimiter lines: the readable layout used for descriptions.
        candidates.Add("\n" + string.Join('\n', lines.Select(line => line.Length == 0 ? line : indentation + line)) + "\n" + indentation);

        // The value as is, for texts whose first line is indented more than the rest.
        candidates.Add(value + (value.EndsWith('"') || value.EndsWith('\\') ? "\n" : string.Empty));

        foreach (var candidate in candidates)
        {
            if (Dedent(candidate) == value)
            {
                literal = "\"\"\"" + candidate.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal) + "\"\"\"";
                return true;
            }
        }

        return false;
    }

    private static bool HasOnlyBlockCharacters(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' || (c < ' ' && c is not ('\t' or '\n')))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(line.ToString());
                line.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                line.Append(c);
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var count = 0;
        while (count < line.Length && line[count] is ' ' or '\t')
        {
            count++;
        }

        return count;
    }

    private static bool IsBlank(string line) => LeadingWhiteSpace(line) == line.Length;
}
