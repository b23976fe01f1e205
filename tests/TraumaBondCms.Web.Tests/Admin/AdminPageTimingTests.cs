using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TraumaBondCms.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// Server time of every admin page on the seeded data, read from the <c>Server-Timing</c> header the admin adds. Each page is
/// opened once to warm up, then three times; the median must stay under 100 ms. The times are written to the test output.
/// </summary>
[Collection(AdminBrowserCollection.Name)]
public sealed partial class AdminPageTimingTests(AdminBrowserFixture fixture, ITestOutputHelper output)
{
    /// <summary>The budget per page.</summary>
    public const double BudgetMilliseconds = 100;

    [GeneratedRegex(@"app;dur=([0-9.]+)")]
    private static partial Regex Duration();

    [Fact]
    public async Task Should_answer_within_100_ms_server_time_when_any_admin_page_is_opened()
    {
        using var admin = await AdminSite.SignedInAsync(fixture.Host, "admin", CmsTestHost.AdminPassword);
        var medians = new List<(string Page, double Median)>();

        foreach (var page in AdminSite.Pages)
        {
            await ServerTimeAsync(admin, page);
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                times.Add(await ServerTimeAsync(admin, page));
            }

            times.Sort();
            medians.Add((page, times[1]));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[1],7:0.0} ms  (runs {string.Join(", ", times.Select(t => t.ToString("0.0", CultureInfo.InvariantCulture)))})  {page}"));
        }

        var slow = medians.Where(m => m.Median >= BudgetMilliseconds).ToList();
        Assert.True(slow.Count == 0, "Over budget: " + string.Join("; ", slow.Select(s => $"{s.Page} {s.Median:0.0} ms")));
    }

    private static async Task<double> ServerTimeAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, $"{page} answered {(int)response.StatusCode}.");
        var header = string.Join(',', response.Headers.GetValues("Server-Timing"));
        return double.Parse(Duration().Match(header).Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
