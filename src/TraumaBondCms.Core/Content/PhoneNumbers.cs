namespace TraumaBondCms.Core.Content;

/// <summary>Telephone number forms accepted in Phone fields, and the digits that identify a number.</summary>
public static class PhoneNumbers
{
    /// <summary>
    /// True for E.164 (<c>+</c> then 7–15 digits) and for national forms: 3–15 digits, optionally grouped by
    /// spaces, hyphens, dots or a parenthesized area code (<c>1-800-799-7233</c>, <c>0808 2000 247</c>, <c>988</c>).
    /// </summary>
    public static bool IsWellFormed(string value)
    {
        if (value.Length is 0 or > 25)
        {
            return false;
        }

        var digits = Digits(value);
        if (value[0] == '+')
        {
            return digits.Length is >= 7 and <= 15 && digits[0] != '0' && value.Skip(1).All(c => char.IsAsciiDigit(c) || c is ' ' or '-');
        }

        return digits.Length is >= 3 and <= 15
            && char.IsAsciiDigit(value[^1])
            && (char.IsAsciiDigit(value[0]) || value[0] == '(')
            && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')');
    }

    /// <summary>The digits of a number, without separators: <c>1-800-799-7233</c> gives <c>18007997233</c>.</summary>
    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
