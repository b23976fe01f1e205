namespace TraumaBondCms.Core.Content;

/// <summary>Which URLs content may link to.</summary>
public static class Links
{
    /// <summary>True for absolute http(s) URLs with a host, and for mailto: and tel: URLs; false otherwise (javascript:, data:, relative).</summary>
    public static bool IsAllowedUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 2048 || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => !string.IsNullOrEmpty(uri.Host),
            "mailto" or "tel" => uri.OriginalString.Length > uri.Scheme.Length + 1,
            _ => false,
        };
    }
}
