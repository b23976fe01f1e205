using System.Text;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// Checks on a PDF's raw bytes, made before and after the web layer rewrites it (uploads are parsed and written again
/// without metadata, scripts or earlier revisions): it starts with <c>%PDF-</c> at byte 0 and ends with <c>%%EOF</c> (so
/// nothing hides before or after it), whether it is encrypted, and whether it names any of the actions or objects that run
/// or carry code: JavaScript, launch actions, embedded files, rich media, XFA forms, form submission. Names are read with
/// their <c>#xx</c> escapes decoded, so <c>/J#61vaScript</c> counts as <c>/JavaScript</c>.
/// </summary>
internal static class PdfStructure
{
    private static readonly HashSet<string> ActiveNames = new(StringComparer.Ordinal)
    {
        "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "SubmitForm", "ImportData", "GoToE",
    };

    private static readonly HashSet<string> EncryptNames = new(StringComparer.Ordinal) { "Encrypt" };

    /// <summary>Throws <see cref="MediaRefusedException"/> when the PDF is truncated or has data after it.</summary>
    public static void CheckFraming(ReadOnlySpan<byte> b)
    {
        var tail = b[Math.Max(0, b.Length - 1024)..].TrimEnd(" \t\r\n\0"u8);
        if (!tail.EndsWith("%%EOF"u8))
        {
            throw new MediaRefusedException(MediaRefusalKind.Polyglot, "The PDF does not end with %%EOF: it is truncated, or has another file after it (a polyglot).");
        }
    }

    /// <summary>Throws <see cref="MediaRefusedException"/> when the PDF names an action or object that runs or carries code.</summary>
    public static void CheckNoActiveContent(ReadOnlySpan<byte> b)
    {
        if (FirstName(b, ActiveNames) is { } name)
        {
            throw new MediaRefusedException(MediaRefusalKind.ActiveContent, $"The PDF still contains /{name} after its scripts, actions and attachments were removed: it is refused. Print it to a plain PDF first.");
        }
    }

    /// <summary>True when the PDF has an <c>/Encrypt</c> entry (only a trailer or cross-reference stream has one).</summary>
    public static bool IsEncrypted(ReadOnlySpan<byte> b) => FirstName(b, EncryptNames) is not null;

    /// <summary>True when the PDF bytes name <paramref name="name"/> (escapes decoded).</summary>
    public static bool Names(ReadOnlySpan<byte> b, string name) => FirstName(b, new HashSet<string>(StringComparer.Ordinal) { name }) is not null;

    private static string? FirstName(ReadOnlySpan<byte> b, IReadOnlySet<string> names)
    {
        var name = new StringBuilder();
        for (var at = b.IndexOf((byte)'/'); at >= 0;)
        {
            name.Clear();
            var i = at + 1;
            for (; i < b.Length && IsNameByte(b[i]) && name.Length < 32; i++)
            {
                if (b[i] == '#' && i + 2 < b.Length && IsHex(b[i + 1]) && IsHex(b[i + 2]))
                {
                    name.Append((char)Convert.ToByte(Encoding.ASCII.GetString(b.Slice(i + 1, 2)), 16));
                    i += 2;
                }
                else
                {
                    name.Append((char)b[i]);
                }
            }

            if (names.Contains(name.ToString()))
            {
                return name.ToString();
            }

            var next = i < b.Length ? b[i..].IndexOf((byte)'/') : -1;
            at = next < 0 ? -1 : i + next;
        }

        return null;
    }

    // PDF 32000-1 7.3.5: a name runs until white space or a delimiter.
    private static bool IsNameByte(byte c) => c > 0x20 && c < 0x7F && "()<>[]{}/%"u8.IndexOf(c) < 0;

    private static bool IsHex(byte c) => c is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');
}
