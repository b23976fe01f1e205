using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data;

/// <summary>Review comments.</summary>
public interface ICommentRepository
{
    /// <summary>Adds a comment.</summary>
    Task AddAsync(ReviewComment comment, CancellationToken cancellationToken = default);

    /// <summary>The comment with this id; null when none.</summary>
    Task<ReviewComment?> GetAsync(string commentId, CancellationToken cancellationToken = default);

    /// <summary>An item's comments (of one version, or all), oldest first.</summary>
    Task<IReadOnlyList<ReviewComment>> ListAsync(string contentItemId, string? contentItemVersionId = null, CancellationToken cancellationToken = default);

    /// <summary>Marks a comment resolved; false when it was already resolved or does not exist.</summary>
    Task<bool> ResolveAsync(string commentId, string resolvedBy, DateTimeOffset resolvedUtc, CancellationToken cancellationToken = default);
}
