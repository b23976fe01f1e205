using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>
/// Scheduled publishes and unpublishes: listed per item and by due time, claimed by exactly one scheduler, even
/// when two stores (two processes) on one database race for the same schedule.
/// </summary>
public abstract class ScheduleContract : StoreContract
{
    /// <summary>A second store on the test's database, as another process would open it; disposed by the test.</summary>
    protected abstract ICmsStore OpenSecondStore();

    [Fact]
    public async Task Should_list_an_items_schedules_newest_first_when_added()
    {
        var item = await CreateAsync(Build.Item());
        var older = Schedule(item, ScheduledActionKind.Publish, Build.Tick().AddDays(1));
        var newer = Schedule(item, ScheduledActionKind.Unpublish, Build.Tick().AddDays(2));

        await WriteAsync(async s =>
        {
            await s.Schedules.AddAsync(older);
            await s.Schedules.AddAsync(newer);
        });

        Assert.Equal([newer, older], await ReadAsync(s => s.Schedules.ListForItemAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task Should_list_pending_schedules_soonest_first_within_the_due_time_and_limit_when_asked()
    {
        var item = await CreateAsync(Build.Item());
        var now = Build.Tick();
        var (late, soon, soonest, done) = (
            Schedule(item, ScheduledActionKind.Publish, now.AddHours(3)),
            Schedule(item, ScheduledActionKind.Publish, now.AddHours(-1)),
            Schedule(item, ScheduledActionKind.Unpublish, now.AddHours(-2)),
            Schedule(item, ScheduledActionKind.Publish, now.AddHours(-3)));
        await WriteAsync(async s =>
        {
            foreach (var schedule in new[] { late, soon, soonest, done })
            {
                await s.Schedules.AddAsync(schedule);
            }

            await s.Schedules.CompleteAsync(done.ScheduleId, ScheduleState.Done, "published", now);
        });

        var all = await ReadAsync(s => s.Schedules.ListPendingAsync(null, 10));
        var due = await ReadAsync(s => s.Schedules.ListPendingAsync(now, 10));
        var first = await ReadAsync(s => s.Schedules.ListPendingAsync(null, 1));

        Assert.Equal([soonest.ScheduleId, soon.ScheduleId, late.ScheduleId], all.Select(s => s.ScheduleId));
        Assert.Equal([soonest.ScheduleId, soon.ScheduleId], due.Select(s => s.ScheduleId));
        Assert.Equal([soonest.ScheduleId], first.Select(s => s.ScheduleId));
    }

    [Fact]
    public async Task Should_claim_a_schedule_once_and_take_it_off_the_pending_list_when_claimed_twice()
    {
        var item = await CreateAsync(Build.Item());
        var schedule = Schedule(item, ScheduledActionKind.Publish, Build.Tick());
        await WriteAsync(s => s.Schedules.AddAsync(schedule));

        var first = await ClaimAsync(Store, schedule.ScheduleId, "scheduler-a");
        var second = await ClaimAsync(Store, schedule.ScheduleId, "scheduler-b");

        Assert.Equal((true, false), (first, second));
        Assert.Equal(ScheduleState.Running, Assert.Single(await ReadAsync(s => s.Schedules.ListForItemAsync(item.ContentItemId))).State);
        Assert.Empty(await ReadAsync(s => s.Schedules.ListPendingAsync(null, 10)));
    }

    [Fact]
    public async Task Should_not_claim_a_schedule_when_it_was_cancelled()
    {
        var item = await CreateAsync(Build.Item());
        var schedule = Schedule(item, ScheduledActionKind.Unpublish, Build.Tick());
        await WriteAsync(async s =>
        {
            await s.Schedules.AddAsync(schedule);
            await s.Schedules.CompleteAsync(schedule.ScheduleId, ScheduleState.Cancelled, "withdrawn by the editor", Build.Tick());
        });

        var claimed = await ClaimAsync(Store, schedule.ScheduleId, "scheduler-a");

        Assert.False(claimed);
    }

    [Fact]
    public async Task Should_record_state_outcome_and_time_when_a_schedule_completes()
    {
        var item = await CreateAsync(Build.Item());
        var schedule = Schedule(item, ScheduledActionKind.Publish, Build.Tick());
        await WriteAsync(s => s.Schedules.AddAsync(schedule));
        await ClaimAsync(Store, schedule.ScheduleId, "scheduler-a");
        var at = Build.Tick();

        await WriteAsync(s => s.Schedules.CompleteAsync(schedule.ScheduleId, ScheduleState.Skipped, "the approval was voided", at));

        Assert.Equal(
            schedule with { State = ScheduleState.Skipped, Outcome = "the approval was voided", CompletedUtc = at },
            Assert.Single(await ReadAsync(s => s.Schedules.ListForItemAsync(item.ContentItemId))));
    }

    [Fact]
    public async Task Should_give_each_schedule_exactly_one_winner_when_two_stores_race_to_claim_it()
    {
        const int Rounds = 25;
        var item = await CreateAsync(Build.Item());
        var schedules = Enumerable.Range(0, Rounds).Select(i => Schedule(item, ScheduledActionKind.Publish, Build.Tick())).ToList();
        await WriteAsync(async s =>
        {
            foreach (var schedule in schedules)
            {
                await s.Schedules.AddAsync(schedule);
            }
        });
        var other = OpenSecondStore();
        try
        {
            var winners = new List<int>();
            foreach (var schedule in schedules)
            {
                // Task.Run puts both claims on the thread pool at once, so either may reach the database first.
                var results = await Task.WhenAll(
                    Task.Run(() => ClaimAsync(Store, schedule.ScheduleId, "store-a")),
                    Task.Run(() => ClaimAsync(other, schedule.ScheduleId, "store-b")));
                winners.Add(results.Count(won => won));
            }

            Assert.All(winners, count => Assert.Equal(1, count));
            Assert.All(await ReadAsync(s => s.Schedules.ListForItemAsync(item.ContentItemId)), s => Assert.Equal(ScheduleState.Running, s.State));
        }
        finally
        {
            if (other is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    private static async Task<bool> ClaimAsync(ICmsStore store, string scheduleId, string instance)
    {
        await using var session = await store.BeginWriteAsync();
        var claimed = await session.Schedules.TryClaimAsync(scheduleId, instance, DateTimeOffset.UtcNow);
        await session.CommitAsync();
        return claimed;
    }

    [Fact]
    public async Task Should_list_only_the_owners_skipped_schedules_since_a_time_newest_first_when_asked()
    {
        var item = await CreateAsync(Build.Item());
        var (old, recent, newest, done, others) = (Schedule(item, ScheduledActionKind.Publish, Build.Tick()), Schedule(item, ScheduledActionKind.Publish, Build.Tick()),
            Schedule(item, ScheduledActionKind.Unpublish, Build.Tick()), Schedule(item, ScheduledActionKind.Publish, Build.Tick()),
            Schedule(item, ScheduledActionKind.Publish, Build.Tick()) with { CreatedBy = "someone.else" });
        var (oldAt, since) = (Build.Tick(), Build.Tick());
        var (recentAt, newestAt) = (Build.Tick(), Build.Tick());
        await WriteAsync(async s =>
        {
            foreach (var schedule in new[] { old, recent, newest, done, others })
            {
                await s.Schedules.AddAsync(schedule);
            }

            await s.Schedules.CompleteAsync(old.ScheduleId, ScheduleState.Skipped, "voided", oldAt);
            await s.Schedules.CompleteAsync(recent.ScheduleId, ScheduleState.Skipped, "voided", recentAt);
            await s.Schedules.CompleteAsync(newest.ScheduleId, ScheduleState.Skipped, "follow-up open", newestAt);
            await s.Schedules.CompleteAsync(done.ScheduleId, ScheduleState.Done, "published", newestAt);
            await s.Schedules.CompleteAsync(others.ScheduleId, ScheduleState.Skipped, "voided", newestAt);
        });

        var skipped = await ReadAsync(s => s.Schedules.ListSkippedAsync("editor", since, 10));
        var one = await ReadAsync(s => s.Schedules.ListSkippedAsync("editor", since, 1));

        Assert.Equal([newest.ScheduleId, recent.ScheduleId], skipped.Select(s => s.ScheduleId));
        Assert.Equal("follow-up open", skipped[0].Outcome);
        Assert.Equal([newest.ScheduleId], one.Select(s => s.ScheduleId));
    }

    private ScheduledAction Schedule(ContentItem version, ScheduledActionKind action, DateTimeOffset due) => new()
    {
        ScheduleId = ContentIds.New(),
        ContentItemId = version.ContentItemId,
        ContentItemVersionId = version.ContentItemVersionId,
        Action = action,
        DueUtc = due,
        CreatedBy = "editor",
        CreatedUtc = Build.Tick(),
        State = ScheduleState.Pending,
    };
}
