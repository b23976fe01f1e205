using TraumaBondCms.Web.Tests.Infrastructure;
using static TraumaBondCms.Web.Tests.Workflow.ReviewTeam;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// A host with an editor ("editor.maya") and two clinical reviewers ("dr.okafor", "dr.lindqvist"), as
/// <see cref="Workflow.ReviewTeam"/> has, with database command counts exposed; shared by the GraphQL classes that write.
/// </summary>
public sealed class ContentTeam : IAsyncLifetime
{
    /// <summary>The host (scheduler every 100 ms).</summary>
    public CmsTestHost Host { get; private set; } = null!;

    /// <summary>An Editor.</summary>
    public HttpClient Editor { get; private set; } = null!;

    /// <summary>A clinical reviewer, "dr.okafor".</summary>
    public HttpClient Reviewer { get; private set; } = null!;

    /// <summary>A second clinical reviewer, "dr.lindqvist".</summary>
    public HttpClient SecondReviewer { get; private set; } = null!;

    /// <summary>A reader without credentials.</summary>
    public HttpClient Reader { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Host = new CmsTestHost(settings: new Dictionary<string, string?>
        {
            ["Cms:Workflow:SchedulerInterval"] = "00:00:00.100",
            ["Cms:GraphQL:ExposeSqlCommandCount"] = "true",
        });
        Editor = await Host.CreateUserAsync("editor.maya", "Editor");
        Reviewer = await Host.CreateUserAsync("dr.okafor", "ClinicalReviewer", Credential("LCSW", "LCS-40211", 2030));
        SecondReviewer = await Host.CreateUserAsync("dr.lindqvist", "ClinicalReviewer", Credential("PsyD", "PSY-77812", 2031));
        Reader = Host.Anonymous();
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
