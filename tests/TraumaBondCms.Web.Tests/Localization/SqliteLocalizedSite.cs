using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Localization;

/// <summary>A <see cref="LocalizedSite"/> on its own SQLite file.</summary>
public sealed class SqliteLocalizedSite : LocalizedSite
{
    /// <inheritdoc />
    protected override Task<(CmsTestHost Host, IAsyncDisposable Owner)> StartAsync()
    {
        var host = new CmsTestHost();
        return Task.FromResult<(CmsTestHost, IAsyncDisposable)>((host, host));
    }
}
