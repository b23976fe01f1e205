namespace TraumaBondCms.Core.Workflow;

/// <summary>A publish or unpublish of one version at a set time, run by the scheduler at most once.</summary>
public sealed record ScheduledAction
{
    /// <summary>The schedule's id.</summary>
    public required string ScheduleId { get; init; }

    /// <summary>The item.</summary>
    public required string ContentItemId { get; init; }

    /// <summary>The version to publish (for unpublish: the version published when it was scheduled).</summary>
    public required string ContentItemVersionId { get; init; }

    /// <summary>What to do.</summary>
    public required ScheduledActionKind Action { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset DueUtc { get; init; }

    /// <summary>Who scheduled it (their authority is what the scheduler acts on).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was scheduled.</summary>
    public required DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Where it stands.</summary>
    public required ScheduleState State { get; init; }

    /// <summary>When it finished (done, skipped or cancelled).</summary>
    public DateTimeOffset? CompletedUtc { get; init; }

    /// <summary>What happened, in a sentence (e.g. why it was skipped).</summary>
    public string? Outcome { get; init; }
}
