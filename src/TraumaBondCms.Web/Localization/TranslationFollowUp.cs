using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// What publishing does to translations, in the publishing transaction. When a source publishes a version, every
/// translation that was approved or published against another version of it is flagged "source changed": it stays live
/// and waits in the re-review list (the diff of the source since the version it follows is one request away). When a
/// translation publishes a version that follows its source's published version, its flag is cleared. Called by
/// <see cref="Content.ContentWriter.PublishVersionAsync"/>, so every publish path does this.
/// </summary>
public static class TranslationFollowUp
{
    /// <summary>Flags the translations of <paramref name="published"/> behind it, and clears its own flag when it follows its source.</summary>
    public static async Task OnPublishedAsync(IStoreSession session, ContentItem published, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (published.TranslationOf is { } sourceId
            && (await session.Content.GetAsync(sourceId, VersionSelector.Published, cancellationToken))?.ContentItemVersionId == published.SourceVersionId
            && (await session.Content.GetItemAsync(published.ContentItemId, cancellationToken))?.SourceChangedUtc is not null)
        {
            await session.Workflow.SetSourceChangedAsync(published.ContentItemId, null, cancellationToken);
        }

        foreach (var id in await session.Content.GetTranslationIdsAsync(published.ContentItemId, cancellationToken))
        {
            var signed = await SignedVersionAsync(session, id, cancellationToken);
            if (signed is null || signed.SourceVersionId == published.ContentItemVersionId
                || (await session.Content.GetItemAsync(id, cancellationToken))?.SourceChangedUtc is not null)
            {
                continue;
            }

            await session.Workflow.SetSourceChangedAsync(id, now, cancellationToken);
            await session.Audit.AppendAsync(
                AuditEntry.ForVersion(signed, AuditActions.TranslationSourceChanged, actor.UserName, now,
                    $"its source '{published.DisplayText}' published version {published.Version}; this translation follows an earlier one and waits for re-review (it stays live)",
                    details: JsonSerializer.Serialize(new { source = published.ContentItemId, sourceVersionId = published.ContentItemVersionId, followedVersionId = signed.SourceVersionId })),
                cancellationToken);
        }
    }

    // The version of a translation a clinician stands behind: the published one, else the latest when a valid clinical
    // approval covers it; null for a draft no one signed (the editor sees the change anyway).
    private static async Task<ContentItem?> SignedVersionAsync(IStoreSession session, string contentItemId, CancellationToken cancellationToken)
    {
        if (await session.Content.GetAsync(contentItemId, VersionSelector.Published, cancellationToken) is { } published)
        {
            return published;
        }

        var latest = await session.Content.GetAsync(contentItemId, VersionSelector.Latest, cancellationToken);
        return latest is not null && (await session.Workflow.GetApprovalsAsync(contentItemId, cancellationToken)).Any(a => a.IsValid && a.IsClinical && a.ContentHash == latest.ContentHash)
            ? latest
            : null;
    }
}
