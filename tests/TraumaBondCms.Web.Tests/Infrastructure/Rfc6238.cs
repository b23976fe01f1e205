using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>
/// An authenticator app, as the tests' independent reference: RFC 6238 TOTP (HMAC-SHA-1 from the shared framework, 30-second
/// steps, RFC 4226 dynamic truncation) computed from the Base32 key the CMS shows, without the CMS's own code or Otp.NET.
/// </summary>
public static class Rfc6238
{
    /// <summary>The code of <paramref name="base32Key"/> at <paramref name="time"/>, <paramref name="digits"/> digits long.</summary>
    public static string Code(string base32Key, DateTimeOffset time, int digits = 6) => Code(Base32(base32Key), time, digits);

    /// <summary>The code of the raw <paramref name="key"/> at <paramref name="time"/>.</summary>
    public static string Code(byte[] key, DateTimeOffset time, int digits = 6)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, time.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key in <paramref name="base32"/> (RFC 4648, padding optional, case ignored).</summary>
    public static byte[] Base32(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in base32.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
