using System.Diagnostics.CodeAnalysis;

namespace TraumaBondCms.Web.Webhooks;

/// <summary>Which webhook URLs are accepted: absolute http or https URLs with a host and no user name or password in them.</summary>
public static class WebhookUrls
{
    /// <summary>The longest URL accepted.</summary>
    public const int MaxLength = 2000;

    /// <summary>True when <paramref name="text"/> is an acceptable webhook URL; <paramref name="url"/> is it parsed (null when not acceptable).</summary>
    public static bool IsAllowed(string? text, [NotNullWhen(true)] out Uri? url)
    {
        // On Unix a rooted path parses as an absolute file: URI, which the scheme check refuses.
        url = text is { Length: <= MaxLength } && Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
            && parsed.Host.Length > 0
            && parsed.UserInfo.Length == 0
                ? parsed
                : null;
        return url is not null;
    }
}
