using System.Text;

namespace TraumaBondCms.Core.Media;

/// <summary>
/// Encodes a BlurHash (the compact placeholder format front ends decode into a blurred preview while the image loads)
/// from a small RGB thumbnail: a DCT of the linear-light colours, quantised and written in base 83. Pure and thread-safe.
/// </summary>
public static class BlurHash
{
    private const string Base83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    /// <summary>
    /// The BlurHash of a <paramref name="width"/> x <paramref name="height"/> image given as 8-bit sRGB triples, row by row,
    /// with <paramref name="componentsX"/> x <paramref name="componentsY"/> components (each 1 to 9).
    /// </summary>
    public static string Encode(ReadOnlySpan<byte> rgb, int width, int height, int componentsX = 4, int componentsY = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rgb.Length, width * height * 3);
        var factors = new double[componentsX * componentsY, 3];
        for (var j = 0; j < componentsY; j++)
        {
            for (var i = 0; i < componentsX; i++)
            {
                var normalisation = i == 0 && j == 0 ? 1.0 : 2.0;
                double r = 0, g = 0, b = 0;
                for (var y = 0; y < height; y++)
                {
                    var basisY = Math.Cos(Math.PI * j * y / height);
                    for (var x = 0; x < width; x++)
                    {
                        var basis = basisY * Math.Cos(Math.PI * i * x / width);
                        var at = (y * width + x) * 3;
                        r += basis * ToLinear(rgb[at]);
                        g += basis * ToLinear(rgb[at + 1]);
                        b += basis * ToLinear(rgb[at + 2]);
                    }
                }

                var scale = normalisation / (width * height);
                factors[j * componentsX + i, 0] = r * scale;
                factors[j * componentsX + i, 1] = g * scale;
                factors[j * componentsX + i, 2] = b * scale;
            }
        }

        var hash = new StringBuilder();
        Append(hash, componentsX - 1 + (componentsY - 1) * 9, 1);
        var count = componentsX * componentsY;
        var maximum = 1.0;
        if (count > 1)
        {
            var actual = 0.0;
            for (var k = 1; k < count; k++)
            {
                actual = Math.Max(actual, Math.Max(Math.Abs(factors[k, 0]), Math.Max(Math.Abs(factors[k, 1]), Math.Abs(factors[k, 2]))));
            }

            var quantised = (int)Math.Max(0, Math.Min(82, Math.Floor(actual * 166 - 0.5)));
            maximum = (quantised + 1) / 166.0;
            Append(hash, quantised, 1);
        }
        else
        {
            Append(hash, 0, 1);
        }

        Append(hash, (ToSrgb(factors[0, 0]) << 16) + (ToSrgb(factors[0, 1]) << 8) + ToSrgb(factors[0, 2]), 4);
        for (var k = 1; k < count; k++)
        {
            Append(hash, Quantise(factors[k, 0], maximum) * 19 * 19 + Quantise(factors[k, 1], maximum) * 19 + Quantise(factors[k, 2], maximum), 2);
        }

        return hash.ToString();
    }

    private static int Quantise(double value, double maximum) =>
        (int)Math.Max(0, Math.Min(18, Math.Floor(Math.Sign(value) * Math.Pow(Math.Abs(value / maximum), 0.5) * 9 + 9.5)));

    private static double ToLinear(byte value)
    {
        var v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }

    private static int ToSrgb(double value)
    {
        var v = Math.Clamp(value, 0, 1);
        return v <= 0.0031308 ? (int)(v * 12.92 * 255 + 0.5) : (int)((1.055 * Math.Pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static void Append(StringBuilder hash, int value, int length)
    {
        for (var i = 1; i <= length; i++)
        {
            hash.Append(Base83[value / (int)Math.Pow(83, length - i) % 83]);
        }
    }
}
