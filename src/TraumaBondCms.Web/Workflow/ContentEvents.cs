namespace TraumaBondCms.Web.Workflow;

/// <summary>The event names webhooks subscribe to. Stable: receivers switch on them.</summary>
public static class ContentEvents
{
    /// <summary>A version went live.</summary>
    public const string Published = "content.published";

    /// <summary>A published version went offline (including emergency unpublishes).</summary>
    public const string Unpublished = "content.unpublished";

    /// <summary>A reviewer approved a version or renewed the review of the published one.</summary>
    public const string Approved = "content.approved";

    /// <summary>A published item's clinical review became due.</summary>
    public const string ReviewOverdue = "content.review_overdue";

    /// <summary>A scheduled publish or unpublish was not carried out when due (e.g. its approval was voided); tells the schedule's owner why.</summary>
    public const string ScheduleSkipped = "schedule.skipped";

    /// <summary>
    /// A published version failed its integrity check when it was loaded (its stored fields no longer match its hash, or no
    /// approval signature of its exact content verifies): it is withheld from readers until someone looks.
    /// </summary>
    public const string Withheld = "content.withheld";

    /// <summary>Every event name.</summary>
    public static IReadOnlyList<string> All { get; } = [Published, Unpublished, Approved, ReviewOverdue, ScheduleSkipped, Withheld];
}
