using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Serialization;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Postgres;
using TraumaBondCms.Data.Sqlite;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Configuration;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Governance;
using TraumaBondCms.Web.GraphQL;
using TraumaBondCms.Web.Http;
using TraumaBondCms.Web.Integrity;
using TraumaBondCms.Web.Localization;
using TraumaBondCms.Web.Media;
using TraumaBondCms.Web.Recipes;
using TraumaBondCms.Web.Recipes.Steps;
using TraumaBondCms.Web.Safety;
using TraumaBondCms.Web.Search;
using TraumaBondCms.Web.Setup;
using TraumaBondCms.Web.Users;
using TraumaBondCms.Web.Webhooks;

namespace TraumaBondCms.Web.Hosting;

/// <summary>Registers the CMS's services: one <c>Add*</c> per area, called from <c>Program.cs</c>.</summary>
public static class CmsServiceCollectionExtensions
{
    /// <summary>Configuration, store, content, recipes and setup.</summary>
    public static IServiceCollection AddCmsCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CmsOptions>().Bind(configuration.GetSection(CmsOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CmsPaths>();
        services.AddSingleton<ICmsStore>(sp => CreateStore(sp.GetRequiredService<IOptions<CmsOptions>>().Value, sp.GetRequiredService<CmsPaths>(), configuration));
        services.AddHostedService<StoreChangeListener>();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddSingleton<ContentService>();
        services.AddSingleton<Import.ArticleImportService>();
        services.AddSingleton<UserService>();
        services.AddCmsGovernance(configuration);
        services.AddCmsIntegrity(configuration);
        services.AddSingleton<Workflow.WorkflowCatalog>();
        services.AddSingleton<Workflow.SignatureCheck>();
        services.AddSingleton<Workflow.WorkflowService>();
        services.AddSingleton<Workflow.ScheduleService>();
        services.AddSingleton<Workflow.ReviewService>();
        services.AddSingleton<Workflow.CommentService>();
        services.AddSingleton<Workflow.VersionService>();
        services.AddHostedService<Workflow.SchedulerService>();
        services.AddCmsWebhooks(configuration);
        services.AddContentGraphQL(configuration);
        services.AddSingleton<IRecipeStep, RolesStep>();
        services.AddSingleton<IRecipeStep, WorkflowStep>();
        services.AddSingleton<IRecipeStep, ContentDefinitionStep>();
        services.AddSingleton<IRecipeStep, SettingsStep>();
        services.AddSingleton<IRecipeStep, UsersStep>();
        services.AddSingleton<IRecipeStep, ContentStep>();
        services.AddSingleton<IRecipeStep, SearchStep>();
        services.AddCmsLocalization();
        services.AddCmsSafety();
        services.AddCmsMedia();
        services.AddSingleton<RecipeRunner>();
        services.AddSingleton<RecipeRunWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<RecipeRunWatcher>());
        services.AddSingleton<CmsSetup>();
        services.AddCmsSearch(configuration);
        return services;
    }

    /// <summary>
    /// Cookie and bearer-token authentication behind <see cref="CmsAuthenticationHandler"/> with server-side sessions, the
    /// sign-in throttle, the Data Protection key ring in the database (<paramref name="keyRing"/>, certificate paths resolved
    /// against <paramref name="contentRoot"/>), and permission policies.
    /// </summary>
    public static IServiceCollection AddCmsAuth(this IServiceCollection services, KeyRingOptions keyRing, string contentRoot)
    {
        services.AddSingleton<RoleCatalog>();
        services.AddSingleton<UserAccounts>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInSessions>();
        services.AddSingleton<SessionCheckCache>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<TotpCodes>();
        services.AddSingleton<SecondFactorService>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<PermissionDenials>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        services.AddCmsKeyRing(keyRing, contentRoot);

        services.AddAuthentication(CmsAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CmsAuthenticationHandler>(CmsAuthenticationHandler.SchemeName, "Bearer token or cookie, checked against the user's security stamp", null)
            .AddBearerToken(BearerTokenDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "tbcms.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = "/admin/login";
                o.LogoutPath = "/admin/logout";
                o.AccessDeniedPath = "/admin/denied";
                // API callers get status codes, not redirects to the sign-in page.
                o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
                // A renewed sliding cookie keeps its server-side session alive as long as the cookie.
                o.Events.OnCheckSlidingExpiration = context => context.ShouldRenew
                    ? context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().ExtendAsync(context.Principal!, DateTimeOffset.UtcNow + context.Options.ExpireTimeSpan, context.HttpContext.RequestAborted)
                    : Task.CompletedTask;
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<CmsOptions>>((o, cms) => o.ExpireTimeSpan = cms.Value.Auth.CookieLifetime);
        services.AddOptions<BearerTokenOptions>(BearerTokenDefaults.AuthenticationScheme)
            .Configure<IOptions<CmsOptions>>((o, cms) => o.BearerTokenExpiration = cms.Value.Auth.TokenLifetime);

        services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
            {
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
            }
        });
        return services;
    }

    /// <summary>JSON conventions, ProblemDetails and error mapping.</summary>
    public static IServiceCollection AddCmsHttp(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.DefaultIgnoreCondition = CmsJson.Options.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = CmsJson.Options.Encoder;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        // Binding failures (malformed JSON, wrong content type) reach CmsExceptionHandler, which says what was wrong,
        // instead of an empty 400 outside Development.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<CmsExceptionHandler>();
        return services;
    }

    private static ICmsStore CreateStore(CmsOptions options, CmsPaths paths, IConfiguration configuration) => options.Database.Provider.ToLowerInvariant() switch
    {
        "sqlite" => new SqliteCmsStore(paths.SqliteDatabase),
        "postgres" => new PostgresCmsStore(
            configuration.GetConnectionString("Cms") is { Length: > 0 } connectionString
                ? connectionString
                : throw new InvalidOperationException("Cms:Database:Provider is 'Postgres' but ConnectionStrings:Cms is not set; set it (e.g. ConnectionStrings__Cms=\"Host=db;Database=cms;Username=cms;Password=...\") or use 'Sqlite'."),
            new PostgresBackupOptions { Method = options.Backup.Method, ToolsPath = options.Backup.PostgresToolsPath }),
        _ => throw new InvalidOperationException($"Cms:Database:Provider '{options.Database.Provider}' is unknown; use 'Sqlite' or 'Postgres'."),
    };

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
