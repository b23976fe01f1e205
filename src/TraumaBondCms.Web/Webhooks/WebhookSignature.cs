using System.Security.Cryptography;
using System.Text;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// How deliveries are signed, so receivers can check that a request came from this CMS and was not replayed late:
/// <c>X-TraumaBond-Signature: sha256=&lt;lower-case hex HMAC-SHA256&gt;</c> of the UTF-8 text
/// <c>"{timestamp}.{body}"</c>, keyed with the UTF-8 bytes of the webhook's secret, where <c>timestamp</c> is the
/// <c>X-TraumaBond-Timestamp</c> header (Unix seconds) and <c>body</c> the exact request body. Receivers should
/// recompute it, compare in constant time, and refuse timestamps more than a few minutes old. Thread-safe.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the event name.</summary>
    public const string EventHeader = "X-TraumaBond-Event";

    /// <summary>The header carrying the delivery id (the same on every retry of one delivery, for de-duplication).</summary>
    public const string DeliveryHeader = "X-TraumaBond-Delivery";

    /// <summary>The header carrying the signing time in Unix seconds.</summary>
    public const string TimestampHeader = "X-TraumaBond-Timestamp";

    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-TraumaBond-Signature";

    /// <summary>The signature header's value for <paramref name="body"/> sent at <paramref name="timestamp"/>: <c>sha256=</c> and 64 hex digits.</summary>
    public static string Sign(string secret, long timestamp, string body)
    {
        var message = Encoding.UTF8.GetBytes(FormattableString.Invariant($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>A new random secret: 32 bytes from the system's cryptographic generator, as 43 URL-safe base64 characters.</summary>
    public static string NewSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
