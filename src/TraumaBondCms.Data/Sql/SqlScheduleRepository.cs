using System.Data.Common;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Sql;

/// <summary>Schedules in portable SQL; see <see cref="IScheduleRepository"/>.</summary>
public sealed class SqlScheduleRepository(SqlRunner sql) : IScheduleRepository
{
    private const string SelectSchedule = """
        SELECT schedule_id, content_item_id, content_item_version_id, action, due_utc, created_by, created_utc, state, completed_utc, outcome
        FROM schedules
        """;

    /// <inheritdoc />
    public async Task AddAsync(ScheduledAction schedule, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO schedules (schedule_id, content_item_id, content_item_version_id, action, due_utc, created_by, created_utc, state)
            VALUES (@id, @item, @version, @action, @due, @by, @created, @state)
            """,
            cancellationToken,
            ("@id", schedule.ScheduleId),
            ("@item", schedule.ContentItemId),
            ("@version", schedule.ContentItemVersionId),
            ("@action", schedule.Action.ToString()),
            ("@due", sql.Dialect.ToDbTime(schedule.DueUtc)),
            ("@by", schedule.CreatedBy),
            ("@created", sql.Dialect.ToDbTime(schedule.CreatedUtc)),
            ("@state", schedule.State.ToString()));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledAction>> ListForItemAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync($"{SelectSchedule} WHERE content_item_id = @item ORDER BY created_utc DESC, schedule_id DESC", Read, cancellationToken, ("@item", contentItemId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledAction>> ListPendingAsync(DateTimeOffset? dueBy, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectSchedule} WHERE state = 'Pending'{(dueBy is null ? string.Empty : " AND due_utc <= @dueBy")} ORDER BY due_utc, schedule_id LIMIT @limit",
            Read,
            cancellationToken,
            ("@dueBy", sql.Dialect.ToDbTime(dueBy)),
            ("@limit", limit));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ScheduledAction>> ListSkippedAsync(string createdBy, DateTimeOffset since, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectSchedule} WHERE created_by = @owner AND state = 'Skipped' AND completed_utc >= @since ORDER BY completed_utc DESC, schedule_id DESC LIMIT @limit",
            Read,
            cancellationToken,
            ("@owner", createdBy),
            ("@since", sql.Dialect.ToDbTime(since)),
            ("@limit", limit));

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(string scheduleId, string instance, DateTimeOffset claimedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE schedules SET state = 'Running', claimed_by = @instance, claimed_utc = @at WHERE schedule_id = @id AND state = 'Pending'",
            cancellationToken,
            ("@instance", instance),
            ("@at", sql.Dialect.ToDbTime(claimedUtc)),
            ("@id", scheduleId)) == 1;

    /// <inheritdoc />
    public async Task CompleteAsync(string scheduleId, ScheduleState state, string outcome, DateTimeOffset completedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE schedules SET state = @state, outcome = @outcome, completed_utc = @at WHERE schedule_id = @id",
            cancellationToken,
            ("@state", state.ToString()),
            ("@outcome", outcome),
            ("@at", sql.Dialect.ToDbTime(completedUtc)),
            ("@id", scheduleId));

    private ScheduledAction Read(DbDataReader r) => new()
    {
        ScheduleId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentItemVersionId = r.GetString(2),
        Action = Enum.Parse<ScheduledActionKind>(r.GetString(3)),
        DueUtc = sql.Dialect.ReadTime(r, 4),
        CreatedBy = r.GetString(5),
        CreatedUtc = sql.Dialect.ReadTime(r, 6),
        State = Enum.Parse<ScheduleState>(r.GetString(7)),
        CompletedUtc = sql.Dialect.ReadNullableTime(r, 8),
        Outcome = r.IsDBNull(9) ? null : r.GetString(9),
    };
}
