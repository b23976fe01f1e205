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
/// Threaded review comments on a version, optionally anchored to a field and a character range of its text.
/// Editors and reviewers may comment and resolve; every comment and resolution is audited.
/// </summary>
public sealed class CommentService(ICmsStore store, ContentDefinitionCache definitions, TimeProvider clock)
{
    /// <summary>The longest comment accepted.</summary>
    public const int MaxLength = 5000;

    /// <summary>An item's comments (of one version, or all), oldest first.</summary>
    public async Task<IReadOnlyList<ReviewComment>> ListAsync(string contentItemId, string? versionId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        Require(actor, Permissions.ViewDrafts);
        await using var session = await store.OpenReadAsync(cancellationToken);
        _ = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken) ?? throw new ContentNotFoundException(contentItemId);
        return await session.Comments.ListAsync(contentItemId, versionId, cancellationToken);
    }

    /// <summary>Adds a comment to a version (the latest when <paramref name="versionId"/> is null).</summary>
    public async Task<ReviewComment> AddAsync(string contentItemId, string? versionId, string body, string? field, int? rangeStart, int? rangeEnd, string? parentId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.ReviewContent) && !actor.Has(Permissions.EditContent))
        {
            throw new CmsForbiddenException(Permissions.ReviewContent, "Commenting");
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var version = await session.Content.GetAsync(contentItemId, versionId is null ? VersionSelector.Latest : VersionSelector.ById(versionId), cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId, versionId is null ? null : $"version {versionId}");
        var comment = new ReviewComment
        {
            CommentId = ContentIds.New(),
            ContentItemId = contentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            ParentId = parentId,
            Author = actor.AuditName,
            Body = body.Trim(),
            Field = field,
            RangeStart = rangeStart,
            RangeEnd = rangeEnd,
            QuotedText = await CheckAsync(session, version, body, field, rangeStart, rangeEnd, parentId, cancellationToken),
            CreatedUtc = clock.GetUtcNow(),
        };
        await session.Comments.AddAsync(comment, cancellationToken);
        await AuditAsync(session, AuditActions.CommentAdded, comment, actor, comment.Body, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return comment;
    }

    /// <summary>Resolves a comment; resolving one already resolved is a conflict.</summary>
    public async Task ResolveAsync(string contentItemId, string commentId, CmsActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(Permissions.ReviewContent) && !actor.Has(Permissions.EditContent))
        {
            throw new CmsForbiddenException(Permissions.ReviewContent, "Resolving comments");
        }

        await using var session = await store.BeginWriteAsync(cancellationToken);
        var comment = await session.Comments.GetAsync(commentId, cancellationToken);
        if (comment is null || comment.ContentItemId != contentItemId)
        {
            throw new ContentNotFoundException(contentItemId, $"comment {commentId}");
        }

        if (!await session.Comments.ResolveAsync(commentId, actor.AuditName, clock.GetUtcNow(), cancellationToken))
        {
            throw new WorkflowRefusedException(new TransitionDecision(null, [new("CommentOpen", RefusalKind.Conflict, "The comment is already resolved.")]));
        }

        await AuditAsync(session, AuditActions.CommentResolved, comment, actor, null, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    private async Task<string?> CheckAsync(IStoreSession session, ContentItem version, string body, string? field, int? start, int? end, string? parentId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxLength)
        {
            throw ContentValidationException.For("body", $"A comment has 1 to {MaxLength} characters.");
        }

        if (parentId is not null)
        {
            var parent = await session.Comments.GetAsync(parentId, cancellationToken)
                ?? throw ContentValidationException.For("parentId", $"Comment '{parentId}' does not exist.");
            if (parent.ContentItemId != version.ContentItemId)
            {
                throw ContentValidationException.For("parentId", "A reply belongs to the same item as the comment it answers.");
            }
        }

        if (field is null)
        {
            return start is null && end is null ? null : throw ContentValidationException.For("rangeStart", "A range needs a field.");
        }

        var definition = definitions.Catalog.Get(version.ContentType).GetField(field)
            ?? throw ContentValidationException.For("field", $"{version.ContentType} has no field '{field}'.");
        if (start is null && end is null)
        {
            return null;
        }

        var text = definition.Kind is ContentFieldKind.Text or ContentFieldKind.Markdown ? version.Fields.GetString(field) ?? string.Empty
            : throw ContentValidationException.For("rangeStart", "Ranges anchor comments in Text and Markdown fields only.");
        if (start is not { } s || end is not { } e || s < 0 || e <= s || e > text.Length)
        {
            throw ContentValidationException.For("rangeStart", $"A range is 0 ≤ rangeStart < rangeEnd ≤ {text.Length} (the field's length).");
        }

        return text[s..e];
    }

    private async Task AuditAsync(IStoreSession session, string action, ReviewComment comment, CmsActor actor, string? reason, CancellationToken cancellationToken) =>
        await session.Audit.AppendAsync(
            new AuditEntry
            {
                OccurredUtc = clock.GetUtcNow(),
                Actor = actor.UserName,
                Action = action,
                ContentItemId = comment.ContentItemId,
                ContentItemVersionId = comment.ContentItemVersionId,
                Reason = reason,
                Details = JsonSerializer.Serialize(new { comment.CommentId, comment.Field, comment.ParentId }),
            },
            cancellationToken);

    private static void Require(CmsActor actor, string permission)
    {
        if (!actor.Has(permission))
        {
            throw new CmsForbiddenException(permission, "Reading review comments");
        }
    }
}
