using NetVips;
using TraumaBondCms.Core.Media;

namespace TraumaBondCms.Web.Media;

/// <summary>
/// Image work with libvips (through NetVips): decodes an upload whose type and size the caller already checked from its
/// header, applies its EXIF orientation to the pixels, converts it to sRGB, and encodes it again with no metadata at all
/// (EXIF, XMP, IPTC and ICC are dropped: GPS coordinates in a survivor's photo must not survive). Makes width-bounded
/// variants. PDFs go to <see cref="PdfSharpDocumentCleaner"/>. Only the loaders of the accepted formats are enabled, and libvips's untrusted loaders are blocked, so a file
/// that reaches libvips can be read by nothing else. Thread-safe (libvips is).
/// </summary>
public sealed class NetVipsImageProcessor
{
    private static readonly string[] AllowedLoaders = ["VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadNsgif", "VipsForeignLoadWebp", "VipsForeignLoadHeif"];

    static NetVipsImageProcessor()
    {
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoad", true);
        foreach (var loader in AllowedLoaders)
        {
            Operation.Block(loader, false);
        }

        // Decoded images are not kept between requests: variants are cached on disk instead.
        Cache.Max = 0;
    }

    /// <summary>The libvips version in use, e.g. <c>8.18.7</c>.</summary>
    public static string LibvipsVersion => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";

    /// <summary>
    /// Processes an upload already sniffed as <paramref name="sniffed"/>: PDFs are written again without metadata, scripts or
    /// earlier revisions (<see cref="PdfSharpDocumentCleaner.Clean"/>); images are decoded,
    /// turned upright, stripped and re-encoded (GIF's first frame as PNG). Throws <see cref="MediaRefusedException"/> when the
    /// decoder fails on the bytes.
    /// </summary>
    public ProcessedFile Process(byte[] bytes, SniffedMedia sniffed)
    {
        if (sniffed.Kind == MediaKind.Document)
        {
            return new ProcessedFile(PdfSharpDocumentCleaner.Clean(bytes), sniffed.Format, null, null, null, null);
        }

        try
        {
            using var loaded = Image.NewFromBuffer(bytes, string.Empty, Enums.Access.Random, Enums.FailOn.Error);
            // The header was checked against the limits; a decoder that finds a larger image than the header said is not trusted.
            if (loaded.Width > sniffed.Dimensions?.Width || loaded.Height > sniffed.Dimensions?.Height)
            {
                throw new MediaRefusedException(MediaRefusalKind.Malformed, "The image's header and its data disagree about its size.");
            }

            using var upright = loaded.Autorot();
            using var srgb = ToSrgb(upright);
            var format = sniffed.Format == MediaFormat.Gif ? MediaFormat.Png : sniffed.Format;
            var encoded = Encode(srgb, format, master: true);
            var (color, blurHash) = Placeholders(srgb);
            return new ProcessedFile(encoded, format, srgb.Width, srgb.Height, color, blurHash);
        }
        catch (VipsException e)
        {
            throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The {sniffed.Format} image could not be decoded: {FirstLine(e.Message)}");
        }
    }

    /// <summary>
    /// Admits, unchanged, a file that another instance stored (content moved with its signatures, which cover these exact
    /// bytes): only if it is what <see cref="Process"/> makes. A PDF must be what cleaning makes of it; an image must decode, be JPEG,
    /// PNG, WebP or AVIF (a GIF is never stored) and carry no metadata at all (EXIF, XMP, IPTC, ICC, text chunks). Returns
    /// its size and placeholders, measured here; throws <see cref="MediaRefusedException"/> otherwise.
    /// </summary>
    public ProcessedFile Admit(byte[] bytes, SniffedMedia sniffed)
    {
        if (sniffed.Kind == MediaKind.Document)
        {
            return new ProcessedFile(PdfSharpDocumentCleaner.Admit(bytes), sniffed.Format, null, null, null, null);
        }

        if (sniffed.Format == MediaFormat.Gif)
        {
            throw new MediaRefusedException(MediaRefusalKind.UnsupportedType, "A stored image is never a GIF (an upload keeps its first frame as PNG): this file was not stored by a TraumaBond CMS.");
        }

        try
        {
            using var loaded = Image.NewFromBuffer(bytes, string.Empty, Enums.Access.Random, Enums.FailOn.Error);
            if (loaded.Width > sniffed.Dimensions?.Width || loaded.Height > sniffed.Dimensions?.Height)
            {
                throw new MediaRefusedException(MediaRefusalKind.Malformed, "The image's header and its data disagree about its size.");
            }

            if (loaded.GetFields().FirstOrDefault(IsMetadata) is { } metadata)
            {
                throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The {sniffed.Format} image carries metadata ({metadata}); a stored image has none, so this file was not stored as uploaded here or on another instance.");
            }

            using var srgb = ToSrgb(loaded);
            var (color, blurHash) = Placeholders(srgb);
            return new ProcessedFile(bytes, sniffed.Format, loaded.Width, loaded.Height, color, blurHash);
        }
        catch (VipsException e)
        {
            throw new MediaRefusedException(MediaRefusalKind.Malformed, $"The {sniffed.Format} image could not be decoded: {FirstLine(e.Message)}");
        }
    }

    // libvips names what it read from a file's metadata blocks: EXIF (and the orientation and resolution tags it carries), XMP,
    // IPTC, ICC, and PNG text chunks.
    private static bool IsMetadata(string field) =>
        field is "exif-data" or "xmp-data" or "iptc-data" or "icc-profile-data" or "orientation"
        || field.StartsWith("exif-", StringComparison.Ordinal) || field.StartsWith("png-comment-", StringComparison.Ordinal);

    /// <summary>A variant of a stored image at most <paramref name="width"/> pixels wide (never enlarged), in <paramref name="format"/>, without metadata.</summary>
    public byte[] Variant(byte[] stored, int width, VariantFormat format)
    {
        using var thumbnail = Image.ThumbnailBuffer(stored, width, height: 100_000, size: Enums.Size.Down, failOn: Enums.FailOn.Error);
        using var srgb = ToSrgb(thumbnail);
        return Encode(srgb, format switch { VariantFormat.Avif => MediaFormat.Avif, VariantFormat.Jpeg => MediaFormat.Jpeg, _ => MediaFormat.WebP }, master: false);
    }

    private static Image ToSrgb(Image image) =>
        image.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw ? image.Copy() : image.Colourspace(Enums.Interpretation.Srgb);

    // Masters keep quality (they are what variants are made from); variants aim at size.
    private static byte[] Encode(Image image, MediaFormat format, bool master)
    {
        var options = new VOption { { "keep", Enums.ForeignKeep.None } };
        switch (format)
        {
            case MediaFormat.Jpeg:
                using (var flat = image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image.Copy())
                {
                    options.Add("Q", master ? 92 : 80);
                    options.Add("optimize_coding", true);
                    return flat.WriteToBuffer(".jpg", options);
                }

            case MediaFormat.Png:
                return image.WriteToBuffer(".png", options);
            case MediaFormat.Avif:
                options.Add("Q", master ? 70 : 55);
                options.Add("effort", 2);
                return image.WriteToBuffer(".avif", options);
            default:
                options.Add("Q", master ? 90 : 78);
                return image.WriteToBuffer(".webp", options);
        }
    }

    // The average colour and a BlurHash, both from a 32-pixel thumbnail of the opaque image.
    private static (string Color, string BlurHash) Placeholders(Image image)
    {
        using var small = image.ThumbnailImage(32, height: 32, size: Enums.Size.Down);
        using var opaque = small.HasAlpha() ? small.Flatten(background: [255, 255, 255]) : small.Copy();
        using var rgb = opaque.Bands >= 3 ? opaque.ExtractBand(0, 3) : opaque.Bandjoin(opaque, opaque);
        using var bytes = rgb.Cast(Enums.BandFormat.Uchar);
        var pixels = bytes.WriteToMemory<byte>();
        long r = 0, g = 0, b = 0;
        for (var i = 0; i < pixels.Length; i += 3)
        {
            r += pixels[i];
            g += pixels[i + 1];
            b += pixels[i + 2];
        }

        var count = Math.Max(1, pixels.Length / 3);
        return ($"#{r / count:x2}{g / count:x2}{b / count:x2}", BlurHash.Encode(pixels, bytes.Width, bytes.Height));
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
