using System.Text;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// Decides what an uploaded file is from its bytes alone, before any decoder sees it: the format from its magic number,
/// the image size from its header (so a decompression bomb is refused without decoding a pixel), and whether it is
/// also something else (bytes after the format's end, markup inside, a second format's signature). Pure and thread-safe.
/// </summary>
public static class MediaSniffer
{
    // Markup a browser or an interpreter would act on if the file were ever served as, or sniffed as, text.
    private static readonly string[] ForeignMarkup = ["<script", "<html", "<?php", "<iframe", "<body", "javascript:"];

    /// <summary>
    /// Returns the format and declared dimensions of <paramref name="bytes"/>, or throws <see cref="MediaRefusedException"/>:
    /// an unsupported type, SVG, a polyglot, an encrypted or truncated PDF, a malformed structure, or (checked against
    /// <paramref name="maxPixels"/> and <paramref name="maxSide"/>) an image that declares too many pixels.
    /// </summary>
    public static SniffedMedia Inspect(ReadOnlySpan<byte> bytes, long maxPixels, int maxSide)
    {
        var format = Detect(bytes);
        if (format == MediaFormat.Pdf)
        {
            PdfStructure.CheckFraming(bytes);
            if (PdfStructure.IsEncrypted(bytes))
            {
                throw new MediaRefusedException(MediaRefusalKind.Encrypted, "The PDF is encrypted: it cannot be read to remove its author, dates and other metadata, so it is refused. Save it again without a password or permissions.");
            }

            return new SniffedMedia(format, null);
        }

        var (end, dimensions) = format switch
        {
            MediaFormat.Jpeg => ImageStructure.Jpeg(bytes),
            MediaFormat.Png => ImageStructure.Png(bytes),
            MediaFormat.Gif => ImageStructure.Gif(bytes),
            MediaFormat.WebP => ImageStructure.WebP(bytes),
            _ => ImageStructure.Avif(bytes),
        };
        if (bytes[end..].IndexOfAnyExcept((byte)0) >= 0)
        {
            throw new MediaRefusedException(MediaRefusalKind.Polyglot, $"The file has {bytes.Length - end} bytes after the end of its {format} image: it is also another kind of file (a polyglot), which is refused.");
        }

        if (FindMarkup(bytes) is { } markup)
        {
            throw new MediaRefusedException(MediaRefusalKind.Polyglot, $"The {format} image contains '{markup}': markup inside an image makes it a polyglot, which is refused.");
        }

        if (dimensions.Width < 1 || dimensions.Height < 1)
        {
            throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The {format} image declares no size.");
        }

        if (dimensions.Width > maxSide || dimensions.Height > maxSide || dimensions.Pixels > maxPixels)
        {
            throw new MediaRefusedException(
                MediaRefusalKind.TooManyPixels,
                $"The image declares {dimensions.Width} x {dimensions.Height} pixels; the limit is {maxSide} pixels a side and {maxPixels:N0} pixels in all. It was not decoded.");
        }

        return new SniffedMedia(format, dimensions);
    }

    /// <summary>
    /// Throws <see cref="MediaRefusedException"/> when a PDF, as it is about to be stored (after the web layer wrote it again
    /// without scripts, actions and attachments), still names anything that runs or carries code.
    /// </summary>
    public static void CheckCleanPdf(ReadOnlySpan<byte> bytes) => PdfStructure.CheckNoActiveContent(bytes);

    /// <summary>The accepted format <paramref name="bytes"/> starts with; throws for SVG, executables and anything else.</summary>
    public static MediaFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFormat.Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaFormat.Png;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return MediaFormat.Gif;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.WebP;
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && ImageStructure.HasAvifBrand(bytes))
        {
            return MediaFormat.Avif;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return MediaFormat.Pdf;
        }

        if (LooksLikeSvg(bytes))
        {
            throw new MediaRefusedException(MediaRefusalKind.Svg, "SVG files are refused: they can carry scripts, and no maintained SVG sanitizer is available to clean them. Export the drawing as PNG or WebP.");
        }

        throw new MediaRefusedException(MediaRefusalKind.UnsupportedType, DescribeRefused(bytes));
    }

    private static string DescribeRefused(ReadOnlySpan<byte> bytes)
    {
        const string Accepted = "Accepted: JPEG, PNG, WebP, AVIF, GIF and PDF, recognised by their content, whatever the file is called.";
        var what = bytes switch
        {
            _ when bytes.StartsWith("MZ"u8) => "a Windows executable",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) => "a Linux executable",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) => "a macOS executable or Java class",
            _ when bytes.StartsWith("#!"u8) => "a script",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 3, 4]) => "a ZIP archive (or an Office document)",
            _ when FindMarkup(bytes[..Math.Min(bytes.Length, 1024)]) is not null => "an HTML document",
            _ when bytes.IsEmpty => "an empty file",
            _ => "of no accepted type",
        };
        return $"The file is {what}. {Accepted}";
    }

    private static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase);
    }

    private static string? FindMarkup(ReadOnlySpan<byte> bytes)
    {
        foreach (var markup in ForeignMarkup)
        {
            if (IndexOfIgnoreCase(bytes, Encoding.ASCII.GetBytes(markup)) >= 0)
            {
                return markup;
            }
        }

        return null;
    }

    // ASCII case-insensitive search: looks for the first byte in both cases, then compares the rest.
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> needle)
    {
        var offset = 0;
        while (offset <= bytes.Length - needle.Length)
        {
            var at = bytes[offset..].IndexOfAny(needle[0], (byte)char.ToUpperInvariant((char)needle[0]));
            if (at < 0 || offset + at > bytes.Length - needle.Length)
            {
                return -1;
            }

            var candidate = bytes.Slice(offset + at, needle.Length);
            var same = true;
            for (var i = 1; i < needle.Length && same; i++)
            {
                same = char.ToLowerInvariant((char)candidate[i]) == needle[i];
            }

            if (same)
            {
                return offset + at;
            }

            offset += at + 1;
        }

        return -1;
    }
}
