using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TraumaBondCms.Web.Tests.Webhooks;

/// <summary>One request a <see cref="WebhookReceiver"/> got: its headers and exact body, and the status it answered.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus)
{
    /// <summary>The <c>X-TraumaBond-Event</c> header.</summary>
    public string Event => Headers["X-TraumaBond-Event"];

    /// <summary>The <c>X-TraumaBond-Delivery</c> header.</summary>
    public string DeliveryId => Headers["X-TraumaBond-Delivery"];

    /// <summary>The body as JSON.</summary>
    public JsonElement Payload => JsonDocument.Parse(Body).RootElement;

    /// <summary>The payload's <c>contentItem.contentItemId</c>.</summary>
    public string ContentItemId => Payload.GetProperty("contentItem").GetProperty("contentItemId").GetString()!;

    /// <summary>
    /// True when <c>X-TraumaBond-Signature</c> is <c>sha256=</c> and the hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c>
    /// keyed with <paramref name="secret"/>, recomputed here as a receiver would, from the documented recipe.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var message = Encoding.UTF8.GetBytes(Headers["X-TraumaBond-Timestamp"] + "." + Body);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Headers["X-TraumaBond-Signature"]));
    }
}
