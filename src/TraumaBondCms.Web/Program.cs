using TraumaBondCms.Web.Admin;
using TraumaBondCms.Web.Audit;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Cli;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.GraphQL;
using TraumaBondCms.Web.Health;
using TraumaBondCms.Web.Hosting;
using TraumaBondCms.Web.Http;
using TraumaBondCms.Web.Integrity;
using TraumaBondCms.Web.Localization;
using TraumaBondCms.Web.Logging;
using TraumaBondCms.Web.Media;
using TraumaBondCms.Web.Safety;
using TraumaBondCms.Web.Search;
using TraumaBondCms.Web.Search.RiskRules;
using TraumaBondCms.Web.Setup;
using TraumaBondCms.Web.Signing;
using TraumaBondCms.Web.Users;
using TraumaBondCms.Web.Webhooks;
using TraumaBondCms.Web.Workflow;

var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args));
if (CommandLine.IsCommand(args))
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

var cmsOptions = builder.Configuration.GetSection(CmsOptions.Section).Get<CmsOptions>() ?? new CmsOptions();
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = cmsOptions.Limits.MaxRequestBodyBytes);
builder.Services.AddCmsCore(builder.Configuration).AddCmsAuth(cmsOptions.KeyRing, builder.Environment.ContentRootPath).AddCmsHttp().AddCmsAdmin().AddCmsOperations(builder.Configuration);

var app = builder.Build();
if (!CommandLine.RunsBeforeSetup(args))
{
    await app.Services.GetRequiredService<CmsSetup>().EnsureAsync(Console.Out);
}

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.UseMiddleware<AccessLogMiddleware>();
app.UseMiddleware<NoSniffMiddleware>();
// Routing here, after the access log: endpoints that short-circuit (media files) are still logged, and skip only what follows.
app.UseRouting();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCmsAdmin();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<JsonTextMiddleware>();
app.UseShieldedGraphQLQueries();

app.MapHealthEndpoints();
app.MapAuthEndpoints();
app.MapSecondFactorEndpoints();
app.MapContentEndpoints();
app.MapLocalizationEndpoints();
app.MapUserEndpoints();
app.MapCredentialEndpoints();
app.MapAuditEndpoints();
app.MapWorkflowEndpoints();
app.MapWebhookEndpoints();
app.MapSafetyEndpoints();
app.MapCmsAdmin();
app.MapContentGraphQL();
app.MapSearchEndpoints();
app.MapRiskRuleEndpoints();
app.MapMediaEndpoints();
app.MapSigningKeyEndpoints();
app.MapIntegrityEndpoints();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the in-process test host.</summary>
public partial class Program;
