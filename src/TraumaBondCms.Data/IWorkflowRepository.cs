using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data;

/// <summary>Workflow state beside the versions: statuses, approvals (signatures), follow-up flags and review dates.</summary>
public interface IWorkflowRepository
{
    /// <summary>Sets a version's workflow status.</summary>
    Task SetStatusAsync(string contentItemVersionId, string status, CancellationToken cancellationToken = default);

    /// <summary>Records an approval.</summary>
    Task AddApprovalAsync(Approval approval, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records approvals in bulk (imports, seeding): what <see cref="AddApprovalAsync"/> does for each, in a few multi-row
    /// statements per few hundred approvals.
    /// </summary>
    Task AddApprovalsAsync(IReadOnlyList<Approval> approvals, CancellationToken cancellationToken = default);

    /// <summary>Every approval of an item, newest first.</summary>
    Task<IReadOnlyList<Approval>> GetApprovalsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Every approval of each of <paramref name="contentItemIds"/> (at most 500 ids), by item, newest first.</summary>
    Task<IReadOnlyList<Approval>> GetApprovalsOfItemsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>The approvals whose id sorts after <paramref name="afterApprovalId"/> (every one when null), in id order, at most <paramref name="limit"/> (1–5,000): for walking them all.</summary>
    Task<IReadOnlyList<Approval>> ReadApprovalsForwardAsync(string? afterApprovalId, int limit, CancellationToken cancellationToken = default);

    /// <summary>Voids the item's valid approvals (all of them, or only those of other hashes than <paramref name="keepHash"/>); returns those voided.</summary>
    Task<IReadOnlyList<Approval>> VoidApprovalsAsync(string contentItemId, string reason, DateTimeOffset voidedUtc, string? keepHash = null, CancellationToken cancellationToken = default);

    /// <summary>Flags an item for follow-up clinical review (after an emergency unpublish); null <paramref name="reason"/> clears the flag.</summary>
    Task SetFollowUpAsync(string contentItemId, string? reason, DateTimeOffset? flaggedUtc, CancellationToken cancellationToken = default);

    /// <summary>The item's follow-up flag: reason and time, or null when not flagged.</summary>
    Task<(string Reason, DateTimeOffset FlaggedUtc)?> GetFollowUpAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Items flagged for follow-up, oldest flag first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<(string ContentItemId, string Reason, DateTimeOffset FlaggedUtc)>> ListFollowUpsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Flags a translation whose source published a version it does not follow (<paramref name="changedUtc"/>), or clears the
    /// flag (null). A flagged translation stays live and waits in the re-review list.
    /// </summary>
    Task SetSourceChangedAsync(string contentItemId, DateTimeOffset? changedUtc, CancellationToken cancellationToken = default);

    /// <summary>Live translations flagged because their source changed, oldest flag first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<(string ContentItemId, DateTimeOffset ChangedUtc)>> ListSourceChangedAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Items whose published version a recipe published as unreviewed sample content (a valid recipe approval of its exact
    /// hash), by id, at most <paramref name="limit"/>; whether a clinician signed it too, <see cref="GetReviewStatesAsync"/>
    /// says. Reads an index of recipe approvals, which exist only for samples.
    /// </summary>
    Task<IReadOnlyList<string>> ListPublishedSamplesAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published items whose periodic clinical review is due at <paramref name="now"/>, among the types of
    /// <paramref name="intervalMonths"/> (type name → months between reviews): those never reviewed first (by id), then
    /// by due date (last review plus the interval), at most <paramref name="limit"/>. Reads a review-date index, so the
    /// cost grows with <paramref name="limit"/> and the number of types, not with the number of items.
    /// </summary>
    Task<IReadOnlyList<ReviewState>> ListReviewsDueAsync(IReadOnlyDictionary<string, int> intervalMonths, DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each of <paramref name="contentItemIds"/> that is a published item of the given types, the time of the newest
    /// valid clinical approval of its published hash (null when it never had one) and who signed it. Used for review
    /// dates; <see cref="ListReviewsDueAsync"/> finds the items due.
    /// </summary>
    Task<IReadOnlyList<ReviewState>> GetReviewStatesAsync(IReadOnlyCollection<string> contentTypes, IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default);
}
