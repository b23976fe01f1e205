using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Core.Safety;

/// <summary>
/// <c>links</c>: every link must be well formed — an absolute http, https, mailto or tel address, or a path on this
/// site (<c>/...</c>, <c>#...</c>) — and must not lead to a blocked host or its subdomains.
/// </summary>
internal sealed class LinksRule : ISafetyRule
{
    /// <inheritdoc />
    public string Name => SafetyRuleNames.Links;

    /// <inheritdoc />
    public IEnumerable<CheckFinding> Check(SafetyCheckContext context, CheckSeverity severity)
    {
        var blocked = context.Settings.BlockedHosts.Select(WebHosts.Normalize).ToList();
        foreach (var link in context.Text.Links.DistinctBy(l => (l.Field, l.Url)))
        {
            var url = link.Url.Trim();
            var local = url.Length > 0 && (url[0] == '#' || (url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)));
            if (!local && !Links.IsAllowedUrl(url))
            {
                yield return new CheckFinding(Name, severity, $"The link '{Shorten(url)}' is not a well-formed address: use an absolute http(s), mailto or tel address, or a path on this site.", link.Field);
                continue;
            }

            if (WebHosts.Of(url) is { } host && blocked.FirstOrDefault(b => WebHosts.IsWithin(host, b)) is { } blockedHost)
            {
                yield return new CheckFinding(Name, severity, $"The link {Shorten(url)} leads to {blockedHost}, which is on the blocked list.", link.Field);
            }
        }
    }

    private static string Shorten(string url) => url.Length <= 120 ? url : url[..119] + "…";
}
