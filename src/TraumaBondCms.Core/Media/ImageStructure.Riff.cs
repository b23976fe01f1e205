using System.Buffers.Binary;

namespace TraumaBondCms.Core.Media;

// WebP (RIFF) and AVIF (ISO base media file format): containers whose boxes give their own lengths.
internal static partial class ImageStructure
{
    /// <summary>WebP: the RIFF length covers the file; the size is in the VP8, VP8L or VP8X chunk.</summary>
    public static (int End, ImageDimensions Dimensions) WebP(ReadOnlySpan<byte> b)
    {
        Need(b, 30, "WebP");
        var end = 8L + BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        Need(b, end, "WebP");
        var chunk = b.Slice(12, 4);
        var data = b[20..];
        ImageDimensions size;
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (data[3] != 0x9D || data[4] != 0x01 || data[5] != 0x2A)
            {
                throw Malformed("WebP", "has a broken VP8 frame");
            }

            size = new ImageDimensions(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF);
        }
        else if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            size = new ImageDimensions((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        else if (chunk.SequenceEqual("VP8X"u8))
        {
            size = new ImageDimensions(ReadUInt24(data[4..]) + 1, ReadUInt24(data[7..]) + 1);
        }
        else
        {
            throw Malformed("WebP", "has no image chunk first");
        }

        return ((int)end, size);
    }

    private static long ReadUInt24(ReadOnlySpan<byte> b) => b[0] | (b[1] << 8) | (b[2] << 16);

    /// <summary>True when an <c>ftyp</c> box names the <c>avif</c> or <c>avis</c> brand (major or compatible).</summary>
    public static bool HasAvifBrand(ReadOnlySpan<byte> b)
    {
        var length = BinaryPrimitives.ReadUInt32BigEndian(b);
        if (length < 16 || length > b.Length || length > 4096)
        {
            return false;
        }

        for (var at = 8; at + 4 <= length; at += 4)
        {
            var brand = b.Slice(at, 4);
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>AVIF: top-level boxes fill the file exactly; the size is the largest <c>ispe</c> property in <c>meta/iprp/ipco</c>.</summary>
    public static (int End, ImageDimensions Dimensions) Avif(ReadOnlySpan<byte> b)
    {
        var size = new ImageDimensions(0, 0);
        var position = 0;
        while (position < b.Length && b[position..].IndexOfAnyExcept((byte)0) >= 0)
        {
            var (header, length) = Box(b, position);
            var type = b.Slice(position + 4, 4);
            if (type.SequenceEqual("meta"u8))
            {
                // meta is a full box: 4 bytes of version and flags before its children.
                size = Largest(size, FindSpatialExtent(b.Slice(position + header + 4, (int)length - header - 4), 0));
            }

            position += (int)length;
        }

        return (position, size);
    }

    private static ImageDimensions FindSpatialExtent(ReadOnlySpan<byte> b, int depth)
    {
        var size = new ImageDimensions(0, 0);
        for (var position = 0; position + 8 <= b.Length;)
        {
            var (header, length) = Box(b, position);
            var type = b.Slice(position + 4, 4);
            var body = b.Slice(position + header, (int)length - header);
            if (type.SequenceEqual("ispe"u8) && body.Length >= 12)
            {
                size = Largest(size, new ImageDimensions(BinaryPrimitives.ReadUInt32BigEndian(body[4..]), BinaryPrimitives.ReadUInt32BigEndian(body[8..])));
            }
            else if ((type.SequenceEqual("iprp"u8) || type.SequenceEqual("ipco"u8)) && depth < 4)
            {
                size = Largest(size, FindSpatialExtent(body, depth + 1));
            }

            position += (int)length;
        }

        return size;
    }

    private static ImageDimensions Largest(ImageDimensions a, ImageDimensions b) => new(Math.Max(a.Width, b.Width), Math.Max(a.Height, b.Height));

    // A box's header length and total length; size 1 means a 64-bit size follows, 0 means "to the end".
    private static (int Header, long Length) Box(ReadOnlySpan<byte> b, int position)
    {
        Need(b, position + 8, "AVIF");
        long length = BinaryPrimitives.ReadUInt32BigEndian(b[position..]);
        var header = 8;
        if (length == 1)
        {
            Need(b, position + 16, "AVIF");
            length = (long)BinaryPrimitives.ReadUInt64BigEndian(b[(position + 8)..]);
            header = 16;
        }
        else if (length == 0)
        {
            length = b.Length - position;
        }

        if (length < header || length > b.Length - position)
        {
            throw Malformed("AVIF", "has a box longer than the file");
        }

        return (header, length);
    }
}
