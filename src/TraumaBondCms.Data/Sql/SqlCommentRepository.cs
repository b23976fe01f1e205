using System.Data.Common;
using TraumaBondCms.Core.Workflow;

namespace TraumaBondCms.Data.Sql;

/// <summary>Review comments in portable SQL; see <see cref="ICommentRepository"/>.</summary>
public sealed class SqlCommentRepository(SqlRunner sql) : ICommentRepository
{
    private const string SelectComment = """
        SELECT comment_id, content_item_id, content_item_version_id, parent_id, author, body, field, range_start, range_end,
               quoted_text, created_utc, resolved_utc, resolved_by
        FROM review_comments
        """;

    /// <inheritdoc />
    public async Task AddAsync(ReviewComment comment, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO review_comments (comment_id, content_item_id, content_item_version_id, parent_id, author, body, field,
                range_start, range_end, quoted_text, created_utc)
            VALUES (@id, @item, @version, @parent, @author, @body, @field, @start, @end, @quoted, @created)
            """,
            cancellationToken,
            ("@id", comment.CommentId),
            ("@item", comment.ContentItemId),
            ("@version", comment.ContentItemVersionId),
            ("@parent", comment.ParentId),
            ("@author", comment.Author),
            ("@body", comment.Body),
            ("@field", comment.Field),
            ("@start", comment.RangeStart),
            ("@end", comment.RangeEnd),
            ("@quoted", comment.QuotedText),
            ("@created", sql.Dialect.ToDbTime(comment.CreatedUtc)));

    /// <inheritdoc />
    public async Task<ReviewComment?> GetAsync(string commentId, CancellationToken cancellationToken = default) =>
        (await sql.QueryAsync($"{SelectComment} WHERE comment_id = @id", Read, cancellationToken, ("@id", commentId))).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewComment>> ListAsync(string contentItemId, string? contentItemVersionId = null, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectComment} WHERE content_item_id = @item{(contentItemVersionId is null ? string.Empty : " AND content_item_version_id = @version")} ORDER BY created_utc, comment_id",
            Read,
            cancellationToken,
            ("@item", contentItemId),
            ("@version", contentItemVersionId));

    /// <inheritdoc />
    public async Task<bool> ResolveAsync(string commentId, string resolvedBy, DateTimeOffset resolvedUtc, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            "UPDATE review_comments SET resolved_utc = @at, resolved_by = @by WHERE comment_id = @id AND resolved_utc IS NULL",
            cancellationToken,
            ("@at", sql.Dialect.ToDbTime(resolvedUtc)),
            ("@by", resolvedBy),
            ("@id", commentId)) == 1;

    private ReviewComment Read(DbDataReader r) => new()
    {
        CommentId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentItemVersionId = r.GetString(2),
        ParentId = r.IsDBNull(3) ? null : r.GetString(3),
        Author = r.GetString(4),
        Body = r.GetString(5),
        Field = r.IsDBNull(6) ? null : r.GetString(6),
        RangeStart = r.IsDBNull(7) ? null : r.GetInt32(7),
        RangeEnd = r.IsDBNull(8) ? null : r.GetInt32(8),
        QuotedText = r.IsDBNull(9) ? null : r.GetString(9),
        CreatedUtc = sql.Dialect.ReadTime(r, 10),
        ResolvedUtc = sql.Dialect.ReadNullableTime(r, 11),
        ResolvedBy = r.IsDBNull(12) ? null : r.GetString(12),
    };
}
