using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Setup;

namespace TraumaBondCms.Search.Bench;

/// <summary>
/// The CMS's services (not its web server) on a data folder, set up by the real setup recipe on first use, so the bench
/// measures the same search service the API calls. Dispose deletes nothing: the caller owns the folder.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchHost> StartAsync(string dataPath)
    {
        var builder = WebApplication.CreateBuilder([$"--Cms:DataPath={dataPath}", "--Cms:Setup:AdminPassword=bench-admin-password-1", "--Cms:Workflow:RunScheduler=false"]);
        builder.Logging.ClearProviders();
        builder.Services.AddCmsCore(builder.Configuration).AddCmsAuth(new TraumaBondCms.Web.Configuration.KeyRingOptions(), builder.Environment.ContentRootPath).AddCmsHttp();
        var app = builder.Build();
        await app.Services.GetRequiredService<CmsSetup>().EnsureAsync(TextWriter.Null);
        return new BenchHost(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
