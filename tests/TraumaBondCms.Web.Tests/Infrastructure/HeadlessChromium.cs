using Microsoft.Playwright;

namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>Launches Debian's Chromium headless for browser tests, with the options that keep it quiet and offline.</summary>
public static class HeadlessChromium
{
    /// <summary>Starts a browser; dispose <paramref name="playwright"/> after closing it.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
