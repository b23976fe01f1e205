using System.IO.Compression;
namespace TraumaBondCms.Core.Media;

/// <summary>
/// Reads a PDF's syntax, before any parser does, for the two shapes that would take the server down rather than be refused:
/// arrays and dictionaries nested deeper than <see cref="MaxDepth"/> (a recursive parser runs out of stack, which no
/// <c>catch</c> can stop: the process ends), and compressed object and cross-reference streams that inflate to more
/// than <see cref="MaxInflatedObjectStreams"/> bytes (a few kilobytes can claim gigabytes). Strings, comments and stream data
/// are skipped as the PDF syntax defines them (ISO 32000-1, 7.2–7.3); object streams, whose objects a parser reads after
/// inflating them, are inflated (within the budget) and read the same way. A file that passes may still be refused by the
/// parser; one that fails never reaches it.
/// </summary>
public static class PdfStructureGuard
{
    /// <summary>The deepest nesting of arrays and dictionaries accepted: far beyond any real document (tagged PDFs nest a few levels; deep structures use references).</summary>
    public const int MaxDepth = 128;

    /// <summary>The most bytes all of a file's object and cross-reference streams may inflate to together.</summary>
    public const long MaxInflatedObjectStreams = 64L * 1024 * 1024;

    /// <summary>Throws <see cref="MediaRefusedException"/> (<see cref="MediaRefusalKind.Malformed"/>) for a PDF nested too deep or whose object streams inflate too far.</summary>
    public static void Check(byte[] bytes)
    {
        var budget = MaxInflatedObjectStreams;
        Scan(bytes, ref budget, streams: true);
    }

    private static void Scan(ReadOnlySpan<byte> pdf, ref long budget, bool streams)
    {
        var depth = 0;
        var dictionaryStart = 0;
        var dictionaryEnd = 0;
        var i = 0;
        while (i < pdf.Length)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    i = EndOfLine(pdf, i);
                    continue;
                case (byte)'(':
                    i = EndOfLiteralString(pdf, i);
                    continue;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                    dictionaryStart = depth == 0 ? i : dictionaryStart;
                    Deeper(ref depth);
                    i += 2;
                    continue;
                case (byte)'<':
                    i = Next(pdf, i + 1, (byte)'>');
                    continue;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    dictionaryEnd = depth == 0 ? i + 2 : dictionaryEnd;
                    i += 2;
                    continue;
                case (byte)'[':
                    Deeper(ref depth);
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when streams && IsKeyword(pdf, i, "stream"u8):
                    i = SkipStream(pdf, i, pdf[dictionaryStart..Math.Max(dictionaryStart, dictionaryEnd)], ref budget);
                    continue;
            }

            i++;
        }
    }

    private static void Deeper(ref int depth)
    {
        if (++depth > MaxDepth)
        {
            throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The PDF nests arrays or dictionaries more than {MaxDepth} levels deep: no real document does, and reading it could exhaust the server.");
        }
    }

    // Skips a stream's data (to its endstream); an object stream's data is inflated and its objects read like the file's.
    private static int SkipStream(ReadOnlySpan<byte> pdf, int keyword, ReadOnlySpan<byte> dictionary, ref long budget)
    {
        var start = keyword + "stream".Length;
        start += start < pdf.Length && pdf[start] == '\r' ? 1 : 0;
        start += start < pdf.Length && pdf[start] == '\n' ? 1 : 0;
        var end = pdf[start..].IndexOf("endstream"u8);
        if (end < 0)
        {
            return pdf.Length;
        }

        // A parser inflates object streams and cross-reference streams as it opens the file (other streams only when drawn).
        // Names are read as a parser reads them, #xx escapes decoded (/Obj#53tm is /ObjStm).
        var objects = PdfStructure.Names(dictionary, "ObjStm");
        if ((objects || PdfStructure.Names(dictionary, "XRef")) && PdfStructure.Names(dictionary, "FlateDecode")
            && Inflate(pdf.Slice(start, end).ToArray(), ref budget) is { } inflated && objects)
        {
            Scan(inflated, ref budget, streams: false);
        }

        return start + end + "endstream".Length;
    }

    // The inflated data, or null when it is not zlib data (the parser refuses it later); refuses past the budget.
    private static byte[]? Inflate(byte[] data, ref long budget)
    {
        using var inflated = new MemoryStream();
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data, writable: false), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                budget -= read;
                if (budget < 0)
                {
                    throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The PDF's compressed object streams inflate to more than {MaxInflatedObjectStreams / (1024 * 1024)} MB: a compression bomb, refused before it is read.");
                }

                inflated.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            return null;
        }

        return inflated.ToArray();
    }

    private static bool IsKeyword(ReadOnlySpan<byte> pdf, int at, ReadOnlySpan<byte> keyword) =>
        pdf[at..].StartsWith(keyword)
        && (at == 0 || IsSeparator(pdf[at - 1]))
        && (at + keyword.Length == pdf.Length || pdf[at + keyword.Length] is (byte)'\r' or (byte)'\n');

    private static bool IsSeparator(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0 or (byte)'>';

    private static int EndOfLine(ReadOnlySpan<byte> pdf, int at)
    {
        var end = pdf[at..].IndexOfAny((byte)'\r', (byte)'\n');
        return end < 0 ? pdf.Length : at + end + 1;
    }

    private static int Next(ReadOnlySpan<byte> pdf, int from, byte value)
    {
        var found = pdf[from..].IndexOf(value);
        return found < 0 ? pdf.Length : from + found + 1;
    }

    // A literal string: balanced parentheses, a backslash escaping the next byte.
    private static int EndOfLiteralString(ReadOnlySpan<byte> pdf, int at)
    {
        var open = 0;
        for (var i = at; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    open++;
                    break;
                case (byte)')' when --open == 0:
                    return i + 1;
            }
        }

        return pdf.Length;
    }
}
