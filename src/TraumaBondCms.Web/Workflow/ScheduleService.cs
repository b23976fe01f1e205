using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Scheduled publishing and unpublishing. Scheduling checks the rules now (a publish needs an approved version);
/// when due, the scheduler claims, re-checks and carries out each schedule in one transaction, acting with the
/// authority of whoever scheduled it, so a schedule runs at most once even with several scheduler instances, and
/// a schedule whose version lost its approval is skipped, audited and announced to its owner (the dashboard, and the
/// <see cref="ContentEvents.ScheduleSkipped"/> webhook event), never carried out.
/// </summary>
public sealed class ScheduleService(
    ICmsStore store,
    WorkflowService workflow,
    ContentDefinitionCache definitions,
    WorkflowCatalog workflows,
    PublicationGate gate,
    RoleCatalog roles,
    IEnumerable<IContentEventSink> sinks,
    TimeProvider clock,
    ILogger<ScheduleService> logger)
{
    /// <summary>Schedules <paramref name="action"/> of the item at <paramref name="dueUtc"/> (in the future).</summary>
    public async Task<ScheduledAction> ScheduleAsync(string contentItemId, ScheduledActionKind action, DateTimeOffset dueUtc, string? versionId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (dueUtc <= now)
        {
            throw ContentValidationException.For("at", "A schedule must be in the future; to act now, use the transition itself.");
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        var target = await CheckAsync(session, latest, action, versionId, actor, cancellationToken);
        var schedule = new ScheduledAction
        {
            ScheduleId = ContentIds.New(),
            ContentItemId = contentItemId,
            ContentItemVersionId = target.ContentItemVersionId,
            Action = action,
            DueUtc = dueUtc,
            CreatedBy = actor.AuditName,
            CreatedUtc = now,
            State = ScheduleState.Pending,
        };
        await session.Schedules.AddAsync(schedule, cancellationToken);
        await AuditAsync(session, AuditActions.ScheduleCreated, schedule, actor.UserName, $"{action} at {dueUtc:O}", cancellationToken);
        await session.CommitAsync(cancellationToken);
        return schedule;
    }

    /// <summary>Cancels a pending schedule of the item.</summary>
    public async Task CancelAsync(string contentItemId, string scheduleId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.PublishContent))
        {
            throw new CmsForbiddenException(Permissions.PublishContent, "Cancelling a schedule");
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var schedule = (await session.Schedules.ListForItemAsync(contentItemId, cancellationToken)).FirstOrDefault(s => s.ScheduleId == scheduleId)
            ?? throw new ContentNotFoundException(contentItemId, $"schedule {scheduleId}");
        if (schedule.State != ScheduleState.Pending)
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [new("SchedulePending", RefusalKind.Conflict, $"The schedule is already {schedule.State}.")]));
        }

        await session.Schedules.CompleteAsync(scheduleId, ScheduleState.Cancelled, $"cancelled by {actor.AuditName}", clock.GetUtcNow(), cancellationToken);
        await AuditAsync(session, AuditActions.ScheduleCancelled, schedule, actor.UserName, null, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Carries out every due schedule; returns how many this instance claimed. <paramref name="instance"/> names the caller
    /// in the claim. When <paramref name="stopping"/> fires it stops at a safe point: the schedule in hand is carried out and
    /// committed, the rest wait for the next run (of this or another instance).
    /// </summary>
    public async Task<int> RunDueAsync(string instance, CancellationToken stopping = default)
    {
        IReadOnlyList<ScheduledAction> due;
        await using (var read = await store.OpenReadAsync(stopping))
        {
            due = await read.Schedules.ListPendingAsync(clock.GetUtcNow(), 100, stopping);
        }

        // Each schedule is one transaction; once begun it runs to its commit, whatever the host does meanwhile.
        var cancellationToken = CancellationToken.None;
        var claimed = 0;
        foreach (var schedule in due.TakeWhile(_ => !stopping.IsCancellationRequested))
        {
            await using var session = await store.BeginWriteAsync(cancellationToken);
            if (!await session.Schedules.TryClaimAsync(schedule.ScheduleId, instance, clock.GetUtcNow(), cancellationToken))
            {
                continue;
            }

            claimed++;
            var (state, outcome) = await CarryOutAsync(session, schedule, cancellationToken);
            await session.Schedules.CompleteAsync(schedule.ScheduleId, state, outcome, clock.GetUtcNow(), cancellationToken);
            if (state == ScheduleState.Skipped)
            {
                await AuditAsync(session, AuditActions.ScheduleSkipped, schedule, null, outcome, cancellationToken);
                await AnnounceSkipAsync(session, schedule with { State = state, Outcome = outcome, CompletedUtc = clock.GetUtcNow() }, cancellationToken);
            }

            await session.CommitAsync(cancellationToken);
            logger.LogInformation("Schedule {Schedule} ({Action} of {Item}): {State}, {Outcome}", schedule.ScheduleId, schedule.Action, schedule.ContentItemId, state, outcome);
        }

        return claimed;
    }

    private async Task<(ScheduleState, string)> CarryOutAsync(IStoreSession session, ScheduledAction schedule, CancellationToken cancellationToken)
    {
        var user = await session.Users.FindByNameAsync(schedule.CreatedBy, cancellationToken);
        if (user is null || user.Disabled)
        {
            return (ScheduleState.Skipped, $"{schedule.CreatedBy}, who scheduled it, no longer has an active account.");
        }

        var actor = CmsActor.ForUser(user, roles);
        var latest = await session.Content.GetAsync(schedule.ContentItemId, VersionSelector.Latest, cancellationToken);
        if (latest is null)
        {
            return (ScheduleState.Skipped, "The item was deleted.");
        }

        var type = definitions.Catalog.Get(latest.ContentType);
        var effect = schedule.Action == ScheduledActionKind.Publish ? WorkflowEffect.Publish : WorkflowEffect.Unpublish;
        if (workflows.For(type) is null)
        {
            return await CarryOutWithoutWorkflowAsync(session, schedule, latest, actor, cancellationToken);
        }

        var transition = workflow.TransitionWithEffect(latest.ContentType, effect)!;
        var (decision, result) = await workflow.TryTransitionAsync(
            session, schedule.ContentItemId, transition.Name, new TransitionInput { VersionId = schedule.ContentItemVersionId, Comment = "scheduled" }, actor, null, cancellationToken);
        return result is not null
            ? (ScheduleState.Done, $"{transition.Label} done as scheduled by {schedule.CreatedBy}.")
            : (ScheduleState.Skipped, "Not carried out: " + string.Join(" ", decision.Refusals.Select(r => r.Message)));
    }

    private async Task<(ScheduleState, string)> CarryOutWithoutWorkflowAsync(IStoreSession session, ScheduledAction schedule, ContentItem latest, CmsActor actor, CancellationToken cancellationToken)
    {
        var writer = new ContentWriter(session, definitions.Catalog, workflows.All, gate, clock);
        if (schedule.Action == ScheduledActionKind.Publish)
        {
            if (latest.ContentItemVersionId != schedule.ContentItemVersionId)
            {
                return (ScheduleState.Skipped, "The item was edited after the publish was scheduled.");
            }

            await writer.PublishAsync(schedule.ContentItemId, null, actor, cancellationToken);
            return (ScheduleState.Done, "Published as scheduled.");
        }

        return await writer.UnpublishAsync(schedule.ContentItemId, "scheduled", actor, cancellationToken) is null
            ? (ScheduleState.Skipped, "Nothing was published.")
            : (ScheduleState.Done, "Unpublished as scheduled.");
    }

    private async Task<ContentItem> CheckAsync(IStoreSession session, ContentItem latest, ScheduledActionKind action, string? versionId, CmsActor actor, CancellationToken cancellationToken)
    {
        if (!actor.Has(Permissions.PublishContent))
        {
            throw new CmsForbiddenException(Permissions.PublishContent, "Scheduling");
        }

        var effect = action == ScheduledActionKind.Publish ? WorkflowEffect.Publish : WorkflowEffect.Unpublish;
        var transition = workflow.TransitionWithEffect(latest.ContentType, effect);
        var published = await session.Content.GetAsync(latest.ContentItemId, VersionSelector.Published, cancellationToken);
        if (transition is null)
        {
            return action == ScheduledActionKind.Publish ? latest : published ?? latest;
        }

        // A publish is checked as if it happened now (approved, the actor's role); an unpublish may also be set up
        // for a version that is only scheduled to go live.
        var facts = await workflow.GatherAsync(session, latest.ContentItemId, transition.Name, new TransitionInput { VersionId = versionId, Comment = "-", Reason = "-" }, actor, null, cancellationToken);
        var context = action == ScheduledActionKind.Unpublish && published is null
            ? facts.Context with { TargetVersionId = latest.ContentItemVersionId, TargetStatus = transition.From[0], ExpectedVersionId = null }
            : facts.Context;
        var decision = WorkflowGuard.Decide(context);
        if (!decision.Allowed)
        {
            throw new WorkflowRefusedException(decision);
        }

        return action == ScheduledActionKind.Publish ? latest : published ?? latest;
    }

    // The owner learns that their schedule did not happen, and why, through the webhook outbox (same transaction).
    private async Task AnnounceSkipAsync(IStoreSession session, ScheduledAction schedule, CancellationToken cancellationToken)
    {
        var version = await session.Content.GetAsync(schedule.ContentItemId, VersionSelector.ById(schedule.ContentItemVersionId), cancellationToken);
        var contentEvent = new ContentEvent(ContentEvents.ScheduleSkipped, schedule.ContentItemId, schedule.ContentItemVersionId, version?.ContentType ?? string.Empty,
            version?.DisplayText ?? schedule.ContentItemId, version?.ContentHash ?? string.Empty, null, clock.GetUtcNow())
        { Schedule = schedule };
        foreach (var sink in sinks)
        {
            await sink.RecordAsync(session, contentEvent, cancellationToken);
        }
    }

    private async Task AuditAsync(IStoreSession session, string action, ScheduledAction schedule, string? actor, string? reason, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor,
                Action = action,
                ContentItemId = schedule.ContentItemId,
                ContentItemVersionId = schedule.ContentItemVersionId,
                Reason = reason,
                Details = JsonSerializer.Serialize(new { schedule.ScheduleId, action = schedule.Action.ToString(), schedule.DueUtc, schedule.CreatedBy }),
            },
            cancellationToken);
}
