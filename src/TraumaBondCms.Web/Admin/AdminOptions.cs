namespace TraumaBondCms.Web.Admin;

/// <summary>The <c>Cms:Admin</c> configuration section: settings of the admin UI.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Admin";

    /// <summary>
    /// The front end's preview address, with <c>{token}</c> (required), <c>{id}</c>, <c>{slug}</c> and <c>{type}</c> filled in
    /// for each preview link, e.g. <c>https://library.example.org/?preview={token}&amp;id={id}</c>. Null (the default) or an
    /// address that is not absolute http(s): the publishing page hands out the bare token with instructions instead.
    /// </summary>
    public string? PreviewUrl { get; set; }

    /// <summary>The preview address for one token and item; null when <see cref="PreviewUrl"/> is not a usable template.</summary>
    public string? PreviewUrlFor(string token, string contentItemId, string? slug, string contentType)
    {
        if (PreviewUrl is not { } template || !template.Contains("{token}", StringComparison.Ordinal)
            || !Uri.TryCreate(template.Replace("{", "x", StringComparison.Ordinal).Replace("}", "x", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return template
            .Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal)
            .Replace("{id}", Uri.EscapeDataString(contentItemId), StringComparison.Ordinal)
            .Replace("{slug}", Uri.EscapeDataString(slug ?? string.Empty), StringComparison.Ordinal)
            .Replace("{type}", Uri.EscapeDataString(contentType), StringComparison.Ordinal);
    }
}
