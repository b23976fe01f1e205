using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>
/// POSTs one delivery to its webhook's URL, signed (see <see cref="WebhookSignature"/>), through the
/// <see cref="HttpClientName"/> client: <see cref="WebhookOptions.RequestTimeout"/> per attempt and no redirects
/// followed. The URLs are configured by administrators only; still, the sender refuses anything but http and https,
/// never follows a redirect elsewhere, and never reads or stores the receiver's response body, so a webhook cannot be
/// used to read internal services. Thread-safe.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    /// <summary>The name of the <see cref="HttpClient"/> configuration webhooks use.</summary>
    public const string HttpClientName = "TraumaBondCms.Webhooks";

    /// <summary>
    /// Sends <paramref name="delivery"/> to <paramref name="webhook"/>. Never throws for the receiver's failures (no
    /// connection, timeout, non-2xx status): they are in the result. Throws <see cref="OperationCanceledException"/> only
    /// when <paramref name="cancellationToken"/> is cancelled (the host is stopping).
    /// </summary>
    public async Task<WebhookSendResult> SendAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        if (!WebhookUrls.IsAllowed(webhook.Url, out var url))
        {
            return new WebhookSendResult(false, null, "The URL is not an absolute http or https URL.");
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("TraumaBondCms-Webhooks", "1.0"));
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Event);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.DeliveryId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(webhook.Secret, timestamp, delivery.Payload));

        try
        {
            // Headers only: the status is all that counts, and the body of whatever answers is none of our business.
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300
                ? new WebhookSendResult(true, status, null)
                : new WebhookSendResult(false, status, status is >= 300 and < 400
                    ? $"HTTP {status} {response.ReasonPhrase}: redirects are not followed; register the final URL."
                    : $"HTTP {status} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookSendResult(false, null, "The receiver did not answer in time.");
        }
        catch (HttpRequestException e)
        {
            return new WebhookSendResult(false, null, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}");
        }
    }
}
