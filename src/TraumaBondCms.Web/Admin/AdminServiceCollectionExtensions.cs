using TraumaBondCms.Web.Admin.Editing;

namespace TraumaBondCms.Web.Admin;

/// <summary>Registers the admin UI: Razor Pages under <c>Admin/Pages</c> (all behind sign-in but the login page) and its read helpers and seams.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Adds the admin UI's services; called from <c>Program.cs</c>.</summary>
    public static IServiceCollection AddCmsAdmin(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Admin/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Login");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "tbcms.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "RequestVerificationToken";
        });
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddSingleton<AdminReadService>();
        services.AddSingleton<History.ReviewHistoryReader>();
        services.AddSingleton<ContentFormBinder>();
        services.AddSingleton<MediaPreviews>();
        // Seams: the search, safety-check and GraphQL features replace these registrations when they merge.
        services.AddSingleton<IAdminContentSearch, Search.EditorialIndexContentSearch>();
        services.AddSingleton<ISafetyCheckResults, Safety.SafetyCheckResults>();
        return services;
    }
}
