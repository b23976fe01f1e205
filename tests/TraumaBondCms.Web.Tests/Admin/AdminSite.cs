using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>The admin UI over plain HTTP: a client signed in with the admin cookie, every page to visit, and the forms on a page.</summary>
public static partial class AdminSite
{
    /// <summary>An item from the setup recipe, published, with a workflow.</summary>
    public const string SeededArticle = "article-the-abuse-cycle";

    /// <summary>Every admin page a signed-in administrator can open, on the seeded data.</summary>
    public static IReadOnlyList<string> Pages { get; } =
    [
        "/admin",
        "/admin/content/Article",
        "/admin/content/Article?status=live&q=trauma&sort=oldest",
        "/admin/content/Article/new",
        "/admin/content/Resource/new",
        $"/admin/items/{SeededArticle}",
        $"/admin/items/{SeededArticle}/review",
        $"/admin/items/{SeededArticle}/history",
        $"/admin/items/{SeededArticle}/review-history",
        $"/admin/items/{SeededArticle}/publishing",
        $"/admin/items/{SeededArticle}/translations",
        "/admin/items/article-why-leaving-is-hard-es",
        "/admin/items/article-why-leaving-is-hard-es/review",
        "/admin/content/Article?culture=es-US",
        "/admin/users",
        "/admin/users/admin",
        "/admin/media",
        "/admin/webhooks",
        "/admin/audit",
        "/admin/risk-rules",
        "/admin/logout",
        "/admin/denied",
    ];

    /// <summary>A client that keeps cookies and does not follow redirects, signed in (cookie) as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(CmsTestHost host, string userName, string password)
    {
        var client = Anonymous(host);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = userName, password });
        await HttpAssert.StatusAsync(HttpStatusCode.OK, response);
        return client;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, not signed in.</summary>
    public static HttpClient Anonymous(CmsTestHost host) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = host.BaseAddress };

    /// <summary>The POST forms of an HTML page: each form's action (the page itself when it has none) and whether it carries the antiforgery token.</summary>
    public static IReadOnlyList<(string Action, bool HasToken)> PostForms(string pageUrl, string html) =>
        FormPattern().Matches(html)
            .Select(m => (m.Groups["attrs"].Value, m.Groups["body"].Value))
            .Where(f => Regex.IsMatch(f.Item1, "method=\"post\"", RegexOptions.IgnoreCase))
            .Select(f => (WebUtility.HtmlDecode(ActionPattern().Match(f.Item1) is { Success: true } a ? a.Groups[1].Value : pageUrl), f.Item2.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal)))
            .ToList();

    /// <summary>The antiforgery token of the first form on an HTML page.</summary>
    public static string TokenIn(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The address of an item's editor, <c>/admin/items/{id}</c>; group 1 is the id.</summary>
    [GeneratedRegex("/admin/items/([A-Za-z0-9_-]+)$")]
    public static partial Regex ItemUrl();

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();
}
