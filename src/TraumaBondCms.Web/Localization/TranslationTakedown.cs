using System.Text.Json;
using TraumaBondCms.Core.Audit;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Workflow;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;
using TraumaBondCms.Web.Workflow;

namespace TraumaBondCms.Web.Localization;

/// <summary>
/// An emergency unpublish of a source reaches its translations in the same transaction: what was wrong in the source is
/// most likely wrong in its translations too (a hotline number, a dangerous sentence). Every live translation, and every
/// translation of those, is taken down if published and gets the emergency's consequences (approvals voided, follow-up
/// open, scheduled publishes cancelled), so none returns before a reviewer signs a post-incident review of it.
/// </summary>
public static class TranslationTakedown
{
    /// <summary>Applies the takedown to the translations of <paramref name="source"/>; returns the versions taken offline.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ApplyAsync(
        IStoreSession session, ContentWriter writer, ContentItem source, WorkflowTransition transition, WorkflowDefinition workflow, string reason, CmsActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var takenDown = new List<ContentItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { source.ContentItemId };
        var pending = new Queue<string>(await session.Content.GetTranslationIdsAsync(source.ContentItemId, cancellationToken));
        while (pending.TryDequeue(out var id))
        {
            if (!seen.Add(id) || await session.Content.GetAsync(id, VersionSelector.Latest, cancellationToken) is not { } latest)
            {
                continue;
            }

            var why = $"its source '{source.DisplayText}' ({source.Culture}) was taken down in an emergency: {reason}";
            if (await session.Content.GetAsync(id, VersionSelector.Published, cancellationToken) is { } published)
            {
                takenDown.Add(await writer.UnpublishVersionAsync(published, transition.To, actor, why, cancellationToken));
            }

            await EmergencyTakedown.ApplyAsync(session, latest, workflow, why, actor, now, cancellationToken);
            await session.Audit.AppendAsync(
                AuditEntry.ForVersion(latest, AuditActions.TranslationTakenDown, actor.UserName, now, why, details: JsonSerializer.Serialize(new { source = source.ContentItemId })),
                cancellationToken);
            foreach (var next in await session.Content.GetTranslationIdsAsync(id, cancellationToken))
            {
                pending.Enqueue(next);
            }
        }

        return takenDown;
    }
}
