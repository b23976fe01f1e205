using System.Text.Json;
using Microsoft.Playwright;
using TraumaBondCms.Tests.TestData;

namespace TraumaBondCms.Web.Tests.Admin;

/// <summary>
/// The accessibility check of the admin pages: axe-core (npm, from <c>tests/js</c>) evaluated in the page through the
/// browser's debugging protocol (the pages' Content-Security-Policy forbids injected script tags, and stays as it is),
/// run against the WCAG 2.0, 2.1 and 2.2 A and AA rules.
/// </summary>
public static class AxeCheck
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(NodeScript.FindJsDirectory(), "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"axe-core is not installed: run `npm ci` in {Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))}.");
        return File.ReadAllText(path);
    });

    /// <summary>The page's serious and critical violations, each as "rule (impact): help — where"; empty when there are none.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return {
                passed: result.passes.length,
                serious: result.violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => `${v.id} (${v.impact}): ${v.help} — ` + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | ')),
              };
            }
            """);
        // A run that checked (almost) nothing would find nothing: the pages have labels, headings, contrast to check.
        Assert.True(violations.GetProperty("passed").GetInt32() >= 10, $"axe-core checked only {violations.GetProperty("passed").GetInt32()} rules on {page.Url}.");
        return violations.GetProperty("serious").EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
