using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data;

/// <summary>Scheduled publish and unpublish actions.</summary>
public interface IScheduleRepository
{
    /// <summary>Adds a pending schedule.</summary>
    Task AddAsync(ScheduledAction schedule, CancellationToken cancellationToken = default);

    /// <summary>An item's schedules, newest first.</summary>
    Task<IReadOnlyList<ScheduledAction>> ListForItemAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Pending schedules, soonest first (all, or only those due by <paramref name="dueBy"/>).</summary>
    Task<IReadOnlyList<ScheduledAction>> ListPendingAsync(DateTimeOffset? dueBy, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a pending schedule for one scheduler instance: true for exactly one caller, even across processes,
    /// because the state changes from Pending to Running only where it still is Pending.
    /// </summary>
    Task<bool> TryClaimAsync(string scheduleId, string instance, DateTimeOffset claimedUtc, CancellationToken cancellationToken = default);

    /// <summary>Finishes a schedule as done, skipped or cancelled, with a sentence saying what happened.</summary>
    Task CompleteAsync(string scheduleId, ScheduleState state, string outcome, DateTimeOffset completedUtc, CancellationToken cancellationToken = default);

    /// <summary>The schedules <paramref name="createdBy"/> made that were skipped at or after <paramref name="since"/>, newest first (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<ScheduledAction>> ListSkippedAsync(string createdBy, DateTimeOffset since, int limit, CancellationToken cancellationToken = default);
}
