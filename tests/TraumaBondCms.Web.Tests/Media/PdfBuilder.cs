using System.IO.Compression;
using System.Text;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// Writes a PDF object by object with a real cross-reference table per revision, so a test can make exactly the file it
/// needs: one revision, or several (an incremental update appends objects and a trailer that points back with <c>/Prev</c>,
/// and the older objects stay in the bytes).
/// </summary>
public sealed class PdfBuilder
{
    private readonly MemoryStream _bytes = new();
    private readonly SortedDictionary<int, long> _revision = new();
    private long _previousXref = -1;
    private int _size;

    /// <summary>A file that starts with the header of PDF <paramref name="version"/> and a binary comment.</summary>
    public PdfBuilder(string version = "1.7") => Write($"%PDF-{version}\n%\u00e2\u00e3\u00cf\u00d3\n");

    /// <summary>Adds object <paramref name="number"/> with <paramref name="body"/> (a dictionary, array or value) to this revision.</summary>
    public PdfBuilder Object(int number, string body)
    {
        _revision[number] = _bytes.Length;
        Write($"{number} 0 obj\n{body}\nendobj\n");
        return this;
    }

    /// <summary>Adds a stream object; with <paramref name="deflate"/> its data is Flate-compressed.</summary>
    public PdfBuilder Stream(int number, string dictionary, string data, bool deflate = false)
    {
        var raw = Encoding.Latin1.GetBytes(data);
        var payload = deflate ? Deflate(raw) : raw;
        _revision[number] = _bytes.Length;
        Write($"{number} 0 obj\n<< {dictionary} /Length {payload.Length}{(deflate ? " /Filter /FlateDecode" : string.Empty)} >>\nstream\n");
        _bytes.Write(payload);
        Write("\nendstream\nendobj\n");
        return this;
    }

    /// <summary>Ends a revision: a cross-reference section for the objects written since the last one, and <paramref name="trailer"/>'s entries.</summary>
    public PdfBuilder Revision(string trailer)
    {
        var xref = _bytes.Length;
        _size = Math.Max(_size, _revision.Keys.Max() + 1);
        var text = new StringBuilder("xref\n");
        if (_previousXref < 0)
        {
            text.Append("0 1\n0000000000 65535 f \n");
        }

        foreach (var (number, offset) in _revision)
        {
            text.Append($"{number} 1\n{offset:D10} 00000 n \n");
        }

        var prev = _previousXref < 0 ? string.Empty : $" /Prev {_previousXref}";
        text.Append($"trailer\n<< /Size {_size}{prev} {trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(text.ToString());
        _previousXref = xref;
        _revision.Clear();
        return this;
    }

    /// <summary>
    /// Ends the only revision the PDF 1.5 way: <paramref name="packed"/> objects go into one Flate-compressed object stream
    /// numbered <paramref name="objectStream"/>, and a compressed cross-reference stream (with <paramref name="trailer"/>'s
    /// entries) replaces the table and trailer, so none of the packed dictionaries is in the file's bytes as text.
    /// </summary>
    public PdfBuilder CompressedRevision(int objectStream, IReadOnlyList<(int Number, string Body)> packed, string trailer)
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (number, body) in packed)
        {
            header.Append($"{number} {bodies.Length} ");
            bodies.Append(body).Append('\n');
        }

        Stream(objectStream, $"/Type /ObjStm /N {packed.Count} /First {header.Length}", header.ToString() + bodies, deflate: true);
        var xrefNumber = Math.Max(objectStream, Math.Max(_revision.Keys.Max(), packed.Max(p => p.Number))) + 1;
        _revision[xrefNumber] = _bytes.Length;
        var entries = new byte[(xrefNumber + 1) * 7];
        for (var number = 0; number <= xrefNumber; number++)
        {
            var entry = entries.AsSpan(number * 7, 7);
            var index = packed.Select((p, i) => (p.Number, i)).FirstOrDefault(p => p.Number == number);
            var (type, field, generation) = _revision.TryGetValue(number, out var offset) ? (1, offset, 0) : index.Number == number && number > 0 ? (2, objectStream, index.i) : (0, 0L, number == 0 ? 0xFFFF : 0);
            entry[0] = (byte)type;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(entry[1..], (uint)field);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(entry[5..], (ushort)generation);
        }

        var data = Deflate(entries);
        Write($"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /W [1 4 2] {trailer} /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        _bytes.Write(data);
        Write($"\nendstream\nendobj\nstartxref\n{_revision[xrefNumber]}\n%%EOF\n");
        _revision.Clear();
        return this;
    }

    /// <summary>The file as written so far.</summary>
    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Compresses <paramref name="data"/> as a PDF FlateDecode stream (zlib).</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private void Write(string text) => _bytes.Write(Encoding.Latin1.GetBytes(text));
}
