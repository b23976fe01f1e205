namespace TraumaBondCms.Core.Workflow;

/// <summary>A schedule's life: pending until due, then claimed by one scheduler instance, then done, skipped or cancelled.</summary>
public enum ScheduleState
{
    /// <summary>Waiting for its time.</summary>
    Pending,

    /// <summary>Claimed by a scheduler instance; no other instance will run it.</summary>
    Running,

    /// <summary>Carried out.</summary>
    Done,

    /// <summary>Not carried out because the rules refused it when due (e.g. the approval was voided); audited.</summary>
    Skipped,

    /// <summary>Withdrawn by a user before it was due.</summary>
    Cancelled,
}
