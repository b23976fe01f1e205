using System.Buffers.Binary;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// Walks the container structure of each image format far enough to know where the image ends and what size its
/// header declares, without decoding pixels. Every length read is checked against the bytes there are; a structure
/// that runs past the end is <see cref="MediaRefusalKind.Malformed"/>.
/// </summary>
internal static partial class ImageStructure
{
    /// <summary>JPEG: segments up to the first scan, then entropy-coded data and further segments up to EOI.</summary>
    public static (int End, ImageDimensions Dimensions) Jpeg(ReadOnlySpan<byte> b)
    {
        var position = 2;
        ImageDimensions? size = null;
        while (true)
        {
            var marker = NextMarker(b, ref position);
            if (marker == 0xD9)
            {
                return (position, size ?? throw Malformed("JPEG", "has no frame header"));
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            var length = ReadUInt16(b, position, "JPEG");
            Need(b, position + length, "JPEG");
            // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = ReadUInt16(b, position + 3, "JPEG");
                var width = ReadUInt16(b, position + 5, "JPEG");
                size = new ImageDimensions(Math.Max(width, size?.Width ?? 0), Math.Max(height, size?.Height ?? 0));
            }

            position += length;
            if (marker == 0xDA)
            {
                SkipEntropyCodedData(b, ref position);
            }
        }
    }

    // Reads the next marker at position (FF xx, fill bytes allowed) and leaves position after it.
    private static byte NextMarker(ReadOnlySpan<byte> b, ref int position)
    {
        Need(b, position + 2, "JPEG");
        if (b[position] != 0xFF)
        {
            throw Malformed("JPEG", "has data where a segment should start");
        }

        while (position < b.Length && b[position] == 0xFF)
        {
            position++;
        }

        Need(b, position + 1, "JPEG");
        return b[position++];
    }

    // Scan data ends at the first FF followed by something other than a stuffed 00 or a restart marker.
    private static void SkipEntropyCodedData(ReadOnlySpan<byte> b, ref int position)
    {
        while (true)
        {
            var at = b[position..].IndexOf((byte)0xFF);
            if (at < 0 || position + at + 1 >= b.Length)
            {
                throw Malformed("JPEG", "ends inside its image data");
            }

            position += at;
            var next = b[position + 1];
            if (next != 0x00 && next != 0xFF && next is not (>= 0xD0 and <= 0xD7))
            {
                return;
            }

            position += next == 0xFF ? 1 : 2;
        }
    }

    /// <summary>PNG: IHDR first, chunks up to and including IEND.</summary>
    public static (int End, ImageDimensions Dimensions) Png(ReadOnlySpan<byte> b)
    {
        var position = 8;
        ImageDimensions? size = null;
        while (true)
        {
            Need(b, position + 8, "PNG");
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[position..]);
            var type = b.Slice(position + 4, 4);
            if (length > int.MaxValue - 12 - position)
            {
                throw Malformed("PNG", "has a chunk longer than the file");
            }

            Need(b, position + 12 + (int)length, "PNG");
            if (size is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || length < 8)
                {
                    throw Malformed("PNG", "does not start with its header chunk");
                }

                size = new ImageDimensions(BinaryPrimitives.ReadUInt32BigEndian(b[(position + 8)..]), BinaryPrimitives.ReadUInt32BigEndian(b[(position + 12)..]));
            }

            position += 12 + (int)length;
            if (type.SequenceEqual("IEND"u8))
            {
                return (position, size.Value);
            }
        }
    }

    /// <summary>GIF: the logical screen, every frame's own size too, blocks up to the trailer.</summary>
    public static (int End, ImageDimensions Dimensions) Gif(ReadOnlySpan<byte> b)
    {
        Need(b, 13, "GIF");
        long width = BinaryPrimitives.ReadUInt16LittleEndian(b[6..]);
        long height = BinaryPrimitives.ReadUInt16LittleEndian(b[8..]);
        var position = 13 + ColorTableLength(b[10]);
        while (true)
        {
            Need(b, position + 1, "GIF");
            switch (b[position])
            {
                case 0x3B:
                    return (position + 1, new ImageDimensions(width, height));
                case 0x21:
                    position = SkipSubBlocks(b, position + 2);
                    break;
                case 0x2C:
                    Need(b, position + 10, "GIF");
                    width = Math.Max(width, BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 5)..]));
                    height = Math.Max(height, BinaryPrimitives.ReadUInt16LittleEndian(b[(position + 7)..]));
                    position += 10 + ColorTableLength(b[position + 9]);
                    position = SkipSubBlocks(b, position + 1);
                    break;
                default:
                    throw Malformed("GIF", "has an unknown block");
            }
        }
    }

    private static int ColorTableLength(byte flags) => (flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0;

    private static int SkipSubBlocks(ReadOnlySpan<byte> b, int position)
    {
        while (true)
        {
            Need(b, position + 1, "GIF");
            var size = b[position];
            position += 1 + size;
            if (size == 0)
            {
                return position;
            }
        }
    }

    private static int ReadUInt16(ReadOnlySpan<byte> b, int position, string format)
    {
        Need(b, position + 2, format);
        return BinaryPrimitives.ReadUInt16BigEndian(b[position..]);
    }

    private static void Need(ReadOnlySpan<byte> b, long end, string format)
    {
        if (end > b.Length)
        {
            throw Malformed(format, "ends before its structure does (truncated or corrupt)");
        }
    }

    private static MediaRefusedException Malformed(string format, string problem) =>
        new(MediaRefusalKind.Malformed, $"The file starts like a {format} image but {problem}.");
}
