using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Workflow;

/// <summary>
/// Receives content events (published, unpublished, approved, review overdue) inside the transaction that caused
/// them, so an event is recorded if and only if the change commits. Webhooks implement it as an outbox.
/// </summary>
public interface IContentEventSink
{
    /// <summary>Records <paramref name="contentEvent"/> in <paramref name="session"/>'s transaction; must not call out of process.</summary>
    Task RecordAsync(IStoreSession session, ContentEvent contentEvent, CancellationToken cancellationToken);
}
