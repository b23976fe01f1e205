using TraumaBondCms.Data;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Admin;

/// <summary>What the dashboard shows; a null list is one the user's roles make no use of and is not shown.</summary>
public sealed record DashboardData
{
    /// <summary>The user's own items whose latest version is a draft, newest first.</summary>
    public ContentPage? MyDrafts { get; init; }

    /// <summary>The user's own items a reviewer sent back, oldest first.</summary>
    public ContentPage? ChangesRequested { get; init; }

    /// <summary>Versions waiting for clinical review, oldest first.</summary>
    public required ContentPage ReviewQueue { get; init; }

    /// <summary>The re-review list: translations whose source changed, then published items whose periodic clinical review is due.</summary>
    public IReadOnlyList<ReviewInfo> Overdue { get; init; } = [];

    /// <summary>For a reviewer on a site with several cultures: the versions in review in each culture they may sign (only cultures with some).</summary>
    public IReadOnlyList<(Core.Localization.CultureDefinition Culture, ContentPage Queue)> ReviewQueuesByCulture { get; init; } = [];

    /// <summary>Pending scheduled publishes and unpublishes, soonest first.</summary>
    public IReadOnlyList<ScheduledItem>? Scheduled { get; init; }

    /// <summary>The user's own schedules that were skipped recently (and why), newest first; null when the user schedules nothing.</summary>
    public IReadOnlyList<ScheduledItem>? Skipped { get; init; }

    /// <summary>Items flagged for follow-up review after an emergency unpublish.</summary>
    public IReadOnlyList<FollowUpItem> FollowUps { get; init; } = [];

    /// <summary>Items whose latest version a clinician approved and nobody has published yet, oldest first.</summary>
    public ContentPage? ReadyToPublish { get; init; }

    /// <summary>The items the setup recipe created (sample content), latest versions, newest first; empty when there are none.</summary>
    public ContentPage? SampleContent { get; init; }

    /// <summary>Published versions, most recently changed first.</summary>
    public required ContentPage RecentlyPublished { get; init; }
}
