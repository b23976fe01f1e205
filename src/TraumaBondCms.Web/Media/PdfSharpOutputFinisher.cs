using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// The last step of cleaning a PDF: PDFsharp always writes a document information dictionary (its own name as creator and
/// producer), an XMP packet with random document ids, a random file id and a comment naming itself. This rewrites the file
/// PDFsharp just wrote (one revision, a classic cross-reference table, every dictionary in the clear) so that the
/// information dictionary and the catalog's XMP stream are empty <c>null</c> objects, the catalog no longer points at the
/// XMP, and the trailer holds only <c>/Size</c>, <c>/Root</c> and an <c>/ID</c> made from the file's own bytes (so the same
/// upload gives the same file). Only ever given PDFsharp's output; anything else it does not recognise is refused.
/// </summary>
internal static partial class PdfSharpOutputFinisher
{
    /// <summary>The finished file; throws <see cref="MediaRefusedException"/> when <paramref name="written"/> is not laid out as PDFsharp writes.</summary>
    public static byte[] Finish(byte[] written)
    {
        var text = Encoding.Latin1.GetString(written);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = startXref < 0 ? -1 : int.Parse(Number().Match(text, startXref).Value, CultureInfo.InvariantCulture);
        var trailerAt = text.IndexOf("trailer", Math.Max(0, xrefAt), StringComparison.Ordinal);
        var table = xrefAt < 0 || trailerAt < 0 ? null : XrefTable().Match(text[xrefAt..trailerAt]);
        if (table is not { Success: true })
        {
            throw Unexpected("no cross-reference table");
        }

        var offsets = table.Groups["entry"].Captures.Select(c => c.Value).ToList();
        var trailer = text[trailerAt..startXref];
        var root = Reference(trailer, "Root") ?? throw Unexpected("no /Root");
        var info = Reference(trailer, "Info");
        var catalog = ObjectText(text, offsets, root, xrefAt);
        var metadata = Reference(catalog, "Metadata");

        using var output = new MemoryStream();
        var first = offsets.Skip(1).Where(o => o.EndsWith('n')).Select(Offset).DefaultIfEmpty(xrefAt).Min();
        output.Write(written, 0, first);
        var positions = new List<long> { 0 };
        for (var number = 1; number < offsets.Count; number++)
        {
            positions.Add(output.Position);
            var body = number == info || number == metadata
                ? $"{number} 0 obj\nnull\nendobj\n"
                : number == root ? MetadataReference().Replace(catalog, string.Empty) : ObjectText(text, offsets, number, xrefAt);
            output.Write(Encoding.Latin1.GetBytes(body));
        }

        var id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Length))[..16]);
        var xref = output.Position;
        var end = new StringBuilder($"xref\n0 {offsets.Count}\n0000000000 65535 f\r\n");
        foreach (var position in positions.Skip(1))
        {
            end.Append(CultureInfo.InvariantCulture, $"{position:D10} 00000 n\r\n");
        }

        end.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {offsets.Count}/Root {root} 0 R/ID[<{id}><{id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(end.ToString()));
        return output.ToArray();
    }

    private static string ObjectText(string text, List<string> offsets, int number, int xrefAt)
    {
        if (number >= offsets.Count || !offsets[number].EndsWith('n'))
        {
            throw Unexpected($"object {number} is not in use");
        }

        var start = Offset(offsets[number]);
        var end = offsets.Where(o => o.EndsWith('n')).Select(Offset).Where(o => o > start).DefaultIfEmpty(xrefAt).Min();
        var body = text[start..end];
        return body.StartsWith($"{number} 0 obj", StringComparison.Ordinal) ? body : throw Unexpected($"object {number} is not where the table says");
    }

    private static int Offset(string entry) => int.Parse(entry.AsSpan(0, 10), CultureInfo.InvariantCulture);

    private static int? Reference(string dictionary, string key) =>
        Regex.Match(dictionary, $@"/{key}\s*(\d+)\s+0\s+R") is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static MediaRefusedException Unexpected(string what) =>
        new(MediaRefusalKind.Malformed, $"The PDF could not be written again without its metadata ({what}).");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    // One subsection from object 0, as PDFsharp writes it: ten-digit offset, five-digit generation, n or f.
    [GeneratedRegex(@"\Axref\s+0\s+\d+\s+(?:(?<entry>\d{10} \d{5} [nf])\s*)+\z")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"/Metadata\s*\d+\s+0\s+R")]
    private static partial Regex MetadataReference();
}
