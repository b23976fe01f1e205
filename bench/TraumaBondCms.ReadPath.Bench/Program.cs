using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TraumaBondCms.Data;
using TraumaBondCms.ReadPath.Bench;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Setup;

// dotnet TraumaBondCms.ReadPath.Bench.dll --articles N [any CMS configuration, e.g. --Cms:DataPath=DIR --Cms:Database:Provider=Postgres
//   --ConnectionStrings:Cms=...]: sets the CMS up (setup recipe, admin account) if it is new, then adds published, clinically
//   signed articles through the store in bulk until N of them exist, and brings the planner's statistics up to date.
var target = int.Parse(args.SkipWhile(a => a != "--articles").Skip(1).FirstOrDefault() ?? "1000", CultureInfo.InvariantCulture);
var builder = WebApplication.CreateBuilder([.. args.Where(a => a.StartsWith("--Cms", StringComparison.Ordinal) || a.StartsWith("--ConnectionStrings", StringComparison.Ordinal)), "--Cms:Workflow:RunScheduler=false"]);
builder.Logging.ClearProviders();
builder.Services.AddCmsCore(builder.Configuration).AddCmsAuth(new TraumaBondCms.Web.Configuration.KeyRingOptions(), builder.Environment.ContentRootPath).AddCmsHttp();
await using var app = builder.Build();
await app.Services.GetRequiredService<CmsSetup>().EnsureAsync(TextWriter.Null);

var store = app.Services.GetRequiredService<ICmsStore>();
var catalog = app.Services.GetRequiredService<ContentDefinitionCache>().Catalog;
var watch = Stopwatch.StartNew();
var signatures = app.Services.GetRequiredService<TraumaBondCms.Web.Signing.ApprovalSignatures>();
var (before, after) = await ArticleSeeder.SeedAsync(store, catalog, target, signatures.Sign);
await StoreStatistics.RefreshAsync(store, builder.Configuration.GetConnectionString("Cms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.Engine}: {after - before:N0} articles added ({before:N0} -> {after:N0}) in {watch.Elapsed.TotalSeconds:N1} s"));
