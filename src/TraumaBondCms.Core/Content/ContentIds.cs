using System.Security.Cryptography;

namespace TraumaBondCms.Core.Content;

/// <summary>
/// Generates content item and version ids: 26 characters of lower-case Crockford base32, the first ten
/// from the time in milliseconds (so ids sort roughly by creation) and the rest random. Thread-safe.
/// </summary>
public static class ContentIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>Returns a new id.</summary>
    public static string New()
    {
        Span<char> chars = stackalloc char[26];
        var time = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 9; i >= 0; i--)
        {
            chars[i] = Alphabet[(int)(time & 31)];
            time >>= 5;
        }

        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        for (var i = 10; i < 26; i++)
        {
            chars[i] = Alphabet[random[i - 10] & 31];
        }

        return new string(chars);
    }

    /// <summary>True when <paramref name="id"/> could be an item id: 1–64 characters of letters, digits, '-' or '_'.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
