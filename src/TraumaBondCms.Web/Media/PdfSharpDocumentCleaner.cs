using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;
using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Cleans an uploaded PDF with PDFsharp, the way libvips cleans a photo: the file is parsed (every revision, object stream
/// and cross-reference stream resolved into the objects the reader would show) and written again as one fresh revision,
/// without the document information dictionary (author, creator, producer, title, subject, keywords, dates), any XMP
/// <c>/Metadata</c> stream (catalog, pages, images, fonts), <c>/PieceInfo</c> and <c>/LastModified</c>, embedded files
/// (<c>/EmbeddedFiles</c>, <c>/EF</c>, <c>/AF</c>, file-attachment annotations), the authors and dates of comments,
/// JavaScript, <c>/OpenAction</c>, <c>/AA</c> and every action other than going to a page, a named page or a web, mail or
/// phone link. Objects nothing refers to any more (old revisions, the removed attachments and scripts) are not written.
/// Pages, their content streams, fonts, images, links and form fields stay as they were. The result is deterministic (the
/// same upload gives the same bytes) and a cleaned file cleans to itself. Encrypted and unreadable PDFs are refused.
/// Stateless and thread-safe.
/// </summary>
public static class PdfSharpDocumentCleaner
{
    // Keys removed from every dictionary: metadata, private application data, attachments, scripts and automatic actions.
    private static readonly string[] DroppedKeys =
    [
        "/Metadata", "/PieceInfo", "/LastModified", "/AF", "/EF", "/RF", "/EmbeddedFiles", "/JavaScript", "/JS", "/AA",
        "/OpenAction", "/XFA", "/Collection",
    ];

    // Annotations that carry a file or play media.
    private static readonly HashSet<string> DroppedAnnotations = new(StringComparer.Ordinal)
    {
        "/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D",
    };

    // The actions a safety-plan PDF needs: go to a page or a named destination, open a web, mail or phone link.
    private static readonly HashSet<string> KeptActions = new(StringComparer.Ordinal) { "/GoTo", "/URI", "/Named" };

    private static readonly string[] KeptUriSchemes = ["https:", "http:", "mailto:", "tel:"];

    /// <summary>
    /// Returns the cleaned PDF. Throws <see cref="MediaRefusedException"/>: <see cref="MediaRefusalKind.Encrypted"/> for an
    /// encrypted PDF, <see cref="MediaRefusalKind.Malformed"/> for one PDFsharp cannot read or write, that has no pages, or
    /// that <see cref="PdfStructureGuard"/> refuses before PDFsharp reads it (nested too deep, object streams that inflate too far),
    /// and <see cref="MediaRefusalKind.ActiveContent"/> if the written file still names a script or attachment.
    /// </summary>
    public static byte[] Clean(byte[] bytes)
    {
        // The first pass removes what identifies and runs; PDFsharp then numbers its own (emptied) information dictionary where
        // the upload's was. The second pass reads a file with none, so the emptied objects go last: cleaning its output again
        // gives the same bytes, which is how imports are checked (Admit).
        PdfStructureGuard.Check(bytes);
        var cleaned = PdfSharpOutputFinisher.Finish(Rewrite(PdfSharpOutputFinisher.Finish(Rewrite(bytes))));
        MediaSniffer.CheckCleanPdf(cleaned);
        return cleaned;
    }

    private static byte[] Rewrite(byte[] bytes)
    {
        try
        {
            using var document = PdfReader.Open(new MemoryStream(bytes, writable: false), PdfDocumentOpenMode.Modify, args => args.Abort = true);
            if (document.PageCount < 1)
            {
                throw new MediaRefusedException(MediaRefusalKind.Malformed, "The PDF has no pages.");
            }

            document.Info.Elements.Clear();
            foreach (var item in document.Internals.GetAllObjects())
            {
                Scrub(item);
            }

            using var output = new MemoryStream();
            document.Save(output, closeStream: false);
            return output.ToArray();
        }
        catch (PdfReaderException e) when (e.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            throw new MediaRefusedException(MediaRefusalKind.Encrypted, "The PDF is encrypted: it cannot be read to remove its metadata, so it is refused. Save it again without a password.");
        }
        catch (Exception e) when (e is not MediaRefusedException and not OutOfMemoryException)
        {
            throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The PDF could not be read (so its metadata could not be removed): {FirstLine(e.Message)}");
        }
    }

    /// <summary>
    /// Admits, unchanged, a PDF another instance stored (its signatures cover these exact bytes): only if it is what
    /// <see cref="Clean"/> makes of it, so a file with metadata, scripts or earlier revisions never arrives through an import.
    /// </summary>
    public static byte[] Admit(byte[] bytes) =>
        Clean(bytes).AsSpan().SequenceEqual(bytes)
            ? bytes
            : throw new MediaRefusedException(MediaRefusalKind.Malformed, "The PDF carries document metadata, scripts, attachments or earlier revisions that an upload here removes: it was not stored by a TraumaBond CMS that cleans PDFs.");

    private static void Scrub(PdfItem item)
    {
        if (item is PdfArray array)
        {
            foreach (var element in array.Elements)
            {
                Scrub(element);
            }

            return;
        }

        if (item is not PdfDictionary dictionary)
        {
            return;
        }

        foreach (var key in DroppedKeys)
        {
            dictionary.Elements.Remove(key);
        }

        if (dictionary.Elements.GetObject("/A") is PdfDictionary action && !IsKept(action))
        {
            dictionary.Elements.Remove("/A");
        }

        // An action's /Next chains further actions (an outline item's /Next is the next bookmark, which stays).
        if (dictionary.Elements.ContainsKey("/S") && dictionary.Elements.GetName("/Type") is "" or "/Action")
        {
            dictionary.Elements.Remove("/Next");
        }

        if (dictionary.Elements.GetName("/Type") == "/Annot")
        {
            ScrubAnnotation(dictionary);
        }

        if (dictionary.Elements.GetObject("/Annots") is PdfArray annotations)
        {
            for (var i = annotations.Elements.Count - 1; i >= 0; i--)
            {
                var annotation = annotations.Elements.GetObject(i) as PdfDictionary;
                if (annotation is null || DroppedAnnotations.Contains(annotation.Elements.GetName("/Subtype")))
                {
                    annotations.Elements.RemoveAt(i);
                }
                else
                {
                    ScrubAnnotation(annotation);
                }
            }
        }

        foreach (var value in dictionary.Elements.Values)
        {
            if (value is PdfDictionary or PdfArray)
            {
                Scrub(value);
            }
        }
    }

    // A comment names its author (/T) and when it was made and changed; a form field's /T is its name, which it needs.
    private static void ScrubAnnotation(PdfDictionary annotation)
    {
        if (annotation.Elements.GetName("/Subtype") != "/Widget")
        {
            annotation.Elements.Remove("/T");
        }

        annotation.Elements.Remove("/M");
        annotation.Elements.Remove("/CreationDate");
    }

    private static bool IsKept(PdfDictionary action)
    {
        var type = action.Elements.GetName("/S");
        if (!KeptActions.Contains(type))
        {
            return false;
        }

        return type != "/URI" || KeptUriSchemes.Any(s => action.Elements.GetString("/URI").TrimStart().StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
