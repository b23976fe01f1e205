namespace TraumaBondCms.Web.Workflow;

/// <summary>A content event: its name (<see cref="ContentEvents"/>), the item and version, who caused it and when.</summary>
public sealed record ContentEvent(string Name, string ContentItemId, string ContentItemVersionId, string ContentType, string DisplayText, string ContentHash, string? Actor, DateTimeOffset OccurredUtc)
{
    /// <summary>For <see cref="ContentEvents.ScheduleSkipped"/>: the schedule, with its owner and why it was skipped; null otherwise.</summary>
    public Core.Workflow.ScheduledAction? Schedule { get; init; }

    /// <summary>For <see cref="ContentEvents.Withheld"/>: why the published version failed its integrity check; null otherwise.</summary>
    public string? Problem { get; init; }
}
