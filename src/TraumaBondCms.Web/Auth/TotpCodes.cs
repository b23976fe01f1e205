using System.Security.Cryptography;
using OtpNet;

namespace TraumaBondCms.Web.Auth;

/// <summary>
/// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits, as every authenticator app computes
/// them) through Otp.NET, at the host's clock (<see cref="TimeProvider"/>), so tests control time. A code is accepted for
/// the current step and one step either side (RFC 6238 section 5.2: clocks drift and people type slowly). Thread-safe.
/// </summary>
public sealed class TotpCodes(TimeProvider clock)
{
    /// <summary>Seconds per time step.</summary>
    public const int StepSeconds = 30;

    /// <summary>A new 160-bit secret (the length RFC 4226 recommends for HMAC-SHA-1).</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(20);

    /// <summary>The secret as the Base32 text authenticator apps take (RFC 4648, no padding).</summary>
    public static string ToBase32(byte[] secret) => Base32Encoding.ToString(secret).TrimEnd('=');

    /// <summary>The secret from its Base32 text.</summary>
    public static byte[] FromBase32(string text) => Base32Encoding.ToBytes(text);

    /// <summary>The time step <paramref name="code"/> is right for, now; null when it is right for none (or is not six digits).</summary>
    public long? MatchStep(byte[] secret, string code)
    {
        var digits = code.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(secret, StepSeconds);
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    /// <summary>The <c>otpauth://</c> URI (Key Uri Format) an authenticator app reads from the QR code: the secret, the account and the issuer.</summary>
    public static string UriFor(byte[] secret, string account, string issuer) =>
        new OtpUri(OtpType.Totp, secret, account, issuer, OtpHashMode.Sha1, 6, StepSeconds).ToString();
}
