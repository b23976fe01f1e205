using System.Collections.Frozen;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// A telephone number reduced to the digits that identify it, so that one number written different ways compares equal:
/// <c>1-800-799-7233</c>, <c>800.799.7233</c> and <c>+1 800 799 7233</c> all have the national digits
/// <c>8007997233</c>; <c>0808 2000 247</c> and <c>+44 808 2000 247</c> both have <c>8082000247</c>.
/// </summary>
/// <remarks>
/// Normalization: an international form (<c>+</c> or <c>00</c>) loses its country calling code when the code is one of
/// the common codes listed here (otherwise all its digits are kept); a national form loses the NANP long-distance
/// prefix (an 11-digit number starting with 1) or one trunk <c>0</c> (numbers of 8 digits or more). Short codes
/// (<c>988</c>, <c>88788</c>) are kept as they are.
/// </remarks>
/// <param name="CountryCode">The calling code of an international form; null for national forms.</param>
/// <param name="NationalDigits">The identifying digits.</param>
/// <param name="Digits">Every digit as written, prefixes included.</param>
/// <param name="IsTollFree">
/// True for freephone numbers: NANP toll-free area codes (800, 833, 844, 855, 866, 877, 888, written with or without the
/// leading 1 or +1), UK 0800/0808/0500 (or +44 800/808/500), Australian 1800 and the international freephone code +800.
/// </param>
public readonly record struct PhoneNumberKey(string? CountryCode, string NationalDigits, string Digits, bool IsTollFree)
{
    // Calling codes are prefix-free, so the first match by length (1, 2, then 3 digits) is the code.
    private static readonly FrozenSet<string> CallingCodes = (
        "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 "
        + "90 91 92 93 94 95 98 211 212 213 216 218 220 233 234 237 251 254 255 256 260 263 264 267 351 352 353 354 356 357 "
        + "358 359 370 371 372 373 374 375 380 381 382 385 386 387 389 420 421 423 501 502 503 504 505 506 507 509 591 593 "
        + "595 598 800 852 853 855 880 886 960 961 962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 992 993 994 "
        + "995 996 998").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] NanpTollFree = ["800", "833", "844", "855", "866", "877", "888"];

    private static readonly string[] UkFreephone = ["800", "808", "500"];

    /// <summary>Parses a number as written (separators are ignored; the letters of a vanity number count as their keypad digits).</summary>
    public static PhoneNumberKey Parse(string number)
    {
        var trimmed = number.TrimStart('(', ' ');
        var digits = KeypadDigits(number);
        if (trimmed.StartsWith('+') || (digits.StartsWith("00", StringComparison.Ordinal) && digits.Length >= 10))
        {
            var rest = trimmed.StartsWith('+') ? digits : digits[2..];
            for (var length = 1; length <= 3 && length < rest.Length; length++)
            {
                var code = rest[..length];
                if (CallingCodes.Contains(code))
                {
                    var national = rest[length..];
                    var free = code switch
                    {
                        "800" => true,
                        "1" => IsNanpTollFree(national),
                        "44" => national.Length is >= 7 and <= 10 && UkFreephone.Contains(national[..3]),
                        "61" => national.Length == 10 && national.StartsWith("1800", StringComparison.Ordinal),
                        _ => false,
                    };
                    return new PhoneNumberKey(code, national, digits, free);
                }
            }

            return new PhoneNumberKey(null, rest, digits, false);
        }

        if (digits.Length == 11 && digits[0] == '1')
        {
            return new PhoneNumberKey(null, digits[1..], digits, IsNanpTollFree(digits[1..]));
        }

        if (digits.Length >= 8 && digits[0] == '0')
        {
            var national = digits[1..];
            return new PhoneNumberKey(null, national, digits, national.Length is >= 7 and <= 10 && UkFreephone.Contains(national[..3]));
        }

        var australianFreecall = digits.Length == 10 && digits.StartsWith("1800", StringComparison.Ordinal);
        return new PhoneNumberKey(null, digits, digits, IsNanpTollFree(digits) || australianFreecall);
    }

    /// <summary>
    /// The digits of a number as dialled: digits stay, letters become their telephone keypad digit (ITU E.161: ABC 2,
    /// DEF 3, GHI 4, JKL 5, MNO 6, PQRS 7, TUV 8, WXYZ 9), so <c>1-800-799-SAFE</c> gives <c>18007997233</c>; the rest is dropped.
    /// </summary>
    public static string KeypadDigits(string number)
    {
        const string keypad = "22233344455566677778889999";
        return string.Create(number.Count(char.IsAsciiLetterOrDigit), number, (span, text) =>
        {
            var i = 0;
            foreach (var c in text)
            {
                if (char.IsAsciiDigit(c))
                {
                    span[i++] = c;
                }
                else if (char.IsAsciiLetter(c))
                {
                    span[i++] = keypad[char.ToUpperInvariant(c) - 'A'];
                }
            }
        });
    }

    /// <summary>True for a short code: fewer than 7 identifying digits (<c>988</c>, <c>741741</c>).</summary>
    public bool IsShortCode => NationalDigits.Length < 7;

    /// <summary>True when both keys identify the same number: same national digits, and no conflicting country codes.</summary>
    public bool SameNumberAs(PhoneNumberKey other) =>
        NationalDigits == other.NationalDigits && (CountryCode is null || other.CountryCode is null || CountryCode == other.CountryCode);

    /// <summary>
    /// The <see cref="EditDistance"/> between two numbers: the smaller of the distances between their national digits and
    /// between all their digits, so a dropped digit next to a prefix (1-800-799-723) still counts as one edit.
    /// </summary>
    public int DistanceTo(PhoneNumberKey other) =>
        Math.Min(EditDistance.Between(NationalDigits, other.NationalDigits), EditDistance.Between(Digits, other.Digits));

    private static bool IsNanpTollFree(string national) => national.Length == 10 && NanpTollFree.Contains(national[..3]);
}
