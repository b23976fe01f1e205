using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>PDFs for the media tests: a safety plan carrying everything that can identify its author, an encrypted one, a broken one.</summary>
public static partial class TestPdfs
{
    /// <summary>The text the safety plan's page shows, drawn by its (Flate-compressed) content stream.</summary>
    public const string PageText = "My safety plan: call 988 or text HOME to 741741";

    /// <summary>The content stream of a page that shows <paramref name="text"/>, as the reader decodes it.</summary>
    public static string PageContent(string text = PageText) => "BT /F1 14 Tf 24 160 Td (" + text + ") Tj ET";

    /// <summary>Strings that identify the author, where they live, or run code: none may be in a stored file.</summary>
    public static readonly string[] PrivateMarkers =
    [
        "Jordan Whitfield", "Old-Author-Casey Marsh", "Old-Title-First-Draft", "Word for Clinic 7", "Acme PDF Writer 3.1",
        "Plan for J. Whitfield", "Safety planning", "whitfield;home", "D:20250314", "D:20240101", "XmpCreator-Jordan",
        "53.8008 N, 1.5491 W", "12 Hidden Lane", "notes-about-home.txt", "app.launchURL", "OpenActionScript", "PageOpenScript",
        "PieceInfo-private", "cmd-launch.exe", "EscapedScript", "/Launch", "/JavaScript", "/FileAttachment", "/EmbeddedFile", "/OpenAction", "/Metadata", "/Author", "/Producer", "xmpmeta",
        "/Info", "00112233445566778899AABBCCDDEEFF",
    ];

    /// <summary>
    /// A one-page safety plan saved twice: the first revision has an older author and title in its information dictionary;
    /// an incremental update adds a newer one (author, creator, producer, title, subject, keywords, dates). The catalog and
    /// the page carry an XMP packet with a name and GPS coordinates, the catalog an OpenAction script, an embedded file
    /// (in the name tree and /AF) and /PieceInfo; the page a page-open script, a launch action, a file attachment, a web link
    /// that must stay and (added by the update) a script whose action type is spelt with a <c>#61</c> escape. The page shows
    /// <paramref name="pageText"/>; the newest author is <paramref name="author"/>.
    /// </summary>
    public static byte[] SafetyPlanWithPrivateMetadata(string pageText = PageText, string author = "Jordan Whitfield") => new PdfBuilder()
        .Object(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /OpenAction 7 0 R /Names << /EmbeddedFiles << /Names [(notes-about-home.txt) 8 0 R] >> >> /AF [8 0 R] /PieceInfo << /Word << /Private (PieceInfo-private) >> >> >>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Metadata 6 0 R /AA << /O << /S /JavaScript /JS (app.alert('PageOpenScript')) >> >> /Annots [11 0 R 13 0 R 14 0 R] >>")
        .Stream(4, string.Empty, PageContent(pageText), deflate: true)
        .Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Stream(6, "/Type /Metadata /Subtype /XML", Xmp(), deflate: true)
        .Object(7, "<< /S /JavaScript /JS (app.launchURL('https://evil.example/OpenActionScript')) >>")
        .Object(8, "<< /Type /Filespec /F (notes-about-home.txt) /UF (notes-about-home.txt) /EF << /F 9 0 R >> >>")
        .Stream(9, "/Type /EmbeddedFile", "I moved to 12 Hidden Lane; he must not know.", deflate: true)
        .Object(10, "<< /Author (Old-Author-Casey Marsh) /Title (Old-Title-First-Draft) /CreationDate (D:20240101090000Z) >>")
        .Object(11, "<< /Type /Annot /Subtype /Link /Rect [24 150 300 175] /A << /S /URI /URI (https://988lifeline.org/) >> >>")
        .Object(13, "<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /Launch /F (cmd-launch.exe) >> >>")
        .Object(14, "<< /Type /Annot /Subtype /FileAttachment /Rect [0 20 10 30] /T (Jordan Whitfield) /FS 8 0 R >>")
        .Revision("/Root 1 0 R /Info 10 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Metadata 6 0 R /Annots [11 0 R 13 0 R 14 0 R 15 0 R] >>")
        .Object(15, "<< /Type /Annot /Subtype /Link /Rect [0 40 10 50] /A << /S /J#61vaScript /JS (app.alert('EscapedScript')) >> >>")
        .Object(12, $"<< /Author ({author}) /Creator (Word for Clinic 7) /Producer (Acme PDF Writer 3.1) /Title (Plan for J. Whitfield) /Subject (Safety planning) /Keywords (whitfield;home) /CreationDate (D:20250314101500Z) /ModDate (D:20250314111500Z) >>")
        .Revision("/Root 1 0 R /Info 12 0 R /ID [<00112233445566778899AABBCCDDEEFF> <FFEEDDCCBBAA99887766554433221100>]")
        .ToArray();

    /// <summary>Strings in <see cref="SafetyPlanInObjectStreams"/> that identify its author or run code.</summary>
    public static readonly string[] PackedMarkers =
    [
        "Robin Okafor", "Pages for Clinic 2", "Robin's plan", "D:20250601", "XmpCreator-Jordan", "53.8008 N, 1.5491 W",
        "PackedOpenAction", "/JavaScript", "/OpenAction", "/Metadata", "/Author", "/Info",
    ];

    /// <summary>
    /// A safety plan written the PDF 1.5 way: the catalog (with an XMP stream and an OpenAction script) and the information
    /// dictionary are packed into a compressed object stream, found through a compressed cross-reference stream.
    /// </summary>
    public static byte[] SafetyPlanInObjectStreams(string pageText) => new PdfBuilder()
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
        .Stream(4, string.Empty, PageContent(pageText), deflate: true)
        .Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Stream(6, "/Type /Metadata /Subtype /XML", Xmp(), deflate: true)
        .CompressedRevision(
            9,
            [
                (1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R /OpenAction 7 0 R >>"),
                (7, "<< /S /JavaScript /JS (app.alert('PackedOpenAction')) >>"),
                (8, "<< /Author (Robin Okafor) /Creator (Pages for Clinic 2) /Title (Robin's plan) /CreationDate (D:20250601080000Z) >>"),
            ],
            "/Root 1 0 R /Info 8 0 R")
        .ToArray();

    /// <summary>A PDF encrypted by PDFsharp with a user password (it opens only with the password).</summary>
    public static byte[] Encrypted()
    {
        using var document = new PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "survivor";
        document.SecuritySettings.OwnerPassword = "clinic";
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// A one-page PDF whose catalog carries an array nested <paramref name="depth"/> levels deep, written out in the file or
    /// (with <paramref name="packed"/>) inside a compressed object stream where only an inflating reader sees it.
    /// </summary>
    public static byte[] DeeplyNested(int depth, bool packed)
    {
        var catalog = "<< /Type /Catalog /Pages 2 0 R /Nested " + new string('[', depth) + new string(']', depth) + " >>";
        var pages = new PdfBuilder()
            .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
            .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 200] /Contents 4 0 R >>")
            .Stream(4, string.Empty, PageContent(), deflate: true);
        return (packed ? pages.CompressedRevision(5, [(1, catalog)], "/Root 1 0 R") : pages.Object(1, catalog).Revision("/Root 1 0 R")).ToArray();
    }

    /// <summary><see cref="DeeplyNested"/> in an object stream whose type is spelt with a name escape (<c>/Obj#53tm</c>), as a parser still reads it.</summary>
    public static byte[] DeeplyNestedInAnEscapedObjectStream(int depth)
    {
        var pdf = Encoding.Latin1.GetString(DeeplyNested(depth, packed: true));
        return Encoding.Latin1.GetBytes(pdf.Replace("/Type /ObjStm", "/Type /Obj#53tm", StringComparison.Ordinal));
    }

    /// <summary>A one-page PDF whose object stream is a few kilobytes that inflate to 200 MB of blanks.</summary>
    public static byte[] ObjectStreamBomb()
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            zlib.Write("1 0 "u8);
            for (var i = 0; i < 200; i++)
            {
                zlib.Write(blanks);
            }

            zlib.Write("<< /Type /Catalog /Pages 2 0 R >>"u8);
        }

        var data = output.ToArray();
        var pdf = new MemoryStream();
        pdf.Write(Encoding.Latin1.GetBytes($"%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length {data.Length} /Filter /FlateDecode >>\nstream\n"));
        pdf.Write(data);
        pdf.Write("\nendstream\nendobj\n%%EOF\n"u8);
        return pdf.ToArray();
    }

    /// <summary>A PDF header followed by bytes that are no PDF objects, ending with %%EOF so only a parser can tell.</summary>
    public static byte[] GarbageAfterHeader()
    {
        var noise = new byte[4096];
        new Random(18).NextBytes(noise);
        return [.. "%PDF-1.7\n"u8, .. noise, .. "\n%%EOF\n"u8];
    }

    /// <summary>The file's bytes followed by the decoded data of each of its Flate streams, as Latin-1 text to search.</summary>
    public static string Searchable(byte[] pdf)
    {
        var text = new StringBuilder(Encoding.Latin1.GetString(pdf));
        foreach (Match stream in StreamData().Matches(text.ToString()))
        {
            try
            {
                using var zlib = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(stream.Groups[1].Value)), CompressionMode.Decompress);
                using var inflated = new MemoryStream();
                zlib.CopyTo(inflated);
                text.Append('\n').Append(Encoding.Latin1.GetString(inflated.ToArray()));
            }
            catch (InvalidDataException)
            {
                // Not Flate data (or not compressed): its bytes are already in the text.
            }
        }

        return text.ToString();
    }

    /// <summary>The page count and the decoded content stream of each page, read with PDFsharp.</summary>
    public static (int Pages, string[] Contents) Read(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var contents = document.Pages.Cast<PdfPage>()
            .Select(p => string.Concat(p.Contents.Elements.Select(e => Encoding.Latin1.GetString(((PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)e).Value).Stream.UnfilteredValue))))
            .ToArray();
        return (document.PageCount, contents);
    }

    private static string Xmp() =>
        "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"><dc:creator>XmpCreator-Jordan</dc:creator>" +
        "<exif:GPSLatitude>53.8008 N, 1.5491 W</exif:GPSLatitude></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
    private static partial Regex StreamData();
}
