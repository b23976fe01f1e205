namespace TraumaBondCms.Core.Safety;

/// <summary>Host names as the safety rules compare them. Thread-safe.</summary>
public static class WebHosts
{
    /// <summary>The host of an absolute http(s) URL, lower case and without a leading <c>www.</c>; null for anything else.</summary>
    public static string? Of(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? Normalize(uri.Host)
            : null;

    /// <summary>A host name lower case, without a trailing dot or a leading <c>www.</c>.</summary>
    public static string Normalize(string host)
    {
        var lower = host.Trim().TrimEnd('.').ToLowerInvariant();
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    /// <summary>True when <paramref name="host"/> is <paramref name="site"/> or one of its subdomains (both normalized).</summary>
    public static bool IsWithin(string host, string site) =>
        host == site || host.EndsWith("." + site, StringComparison.Ordinal);
}
