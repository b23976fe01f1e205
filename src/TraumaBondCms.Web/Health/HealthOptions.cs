namespace TraumaBondCms.Web.Health;

/// <summary>The <c>Cms:Health</c> section.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string Section = "Cms:Health";

    /// <summary>The node is not ready while its search index is further behind the change log than this. Default 30 seconds.</summary>
    public TimeSpan MaxSearchIndexLag { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one readiness check may take before it counts as failed (a database that hangs is not ready). Default 5 seconds.</summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
