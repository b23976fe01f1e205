using System.Globalization;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Safety;
using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.Content;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// The review screen's view of the safety checks: the runs stored with a version (what the reviewer saw at submit and
/// approve), and a fresh run on demand that changes nothing. Both need <see cref="Permissions.ViewDrafts"/>. Thread-safe.
/// </summary>
public sealed class SafetyCheckService(ICmsStore store, SafetyCheckRunner runner)
{
    /// <summary>The stored runs of one version of an item (default the latest), newest first.</summary>
    public async Task<(ContentItem Version, IReadOnlyList<SafetyCheckRun> Runs)> GetRunsAsync(string contentItemId, string? version, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var item = await GetVersionAsync(session, contentItemId, version, cancellationToken);
        return (item, await session.Safety.GetCheckRunsAsync(contentItemId, item.ContentItemVersionId, cancellationToken));
    }

    /// <summary>Runs the checks on one version (default the latest) without storing anything or changing its status; null report when its type runs no checks.</summary>
    public async Task<(ContentItem Version, SafetyReport? Report)> RunAsync(string contentItemId, string? version, CmsActor actor, CancellationToken cancellationToken = default)
    {
        RequireViewDrafts(actor);
        await using var session = await store.OpenReadAsync(cancellationToken);
        var item = await GetVersionAsync(session, contentItemId, version, cancellationToken);
        return (item, await runner.RunAsync(session, item, cancellationToken));
    }

    /// <summary>
    /// Reads the version named by <paramref name="version"/>: null or <c>latest</c> for the latest, <c>published</c>, a
    /// version number, or a version id (quotes allowed, as in an ETag).
    /// </summary>
    public static async Task<ContentItem> GetVersionAsync(IStoreSession session, string contentItemId, string? version, CancellationToken cancellationToken)
    {
        var selector = version?.Trim().Trim('"') switch
        {
            null or "" or "latest" => VersionSelector.Latest,
            "published" => VersionSelector.Published,
            var n when int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => VersionSelector.ByNumber(number),
            var id => VersionSelector.ById(id),
        };
        return await session.Content.GetAsync(contentItemId, selector, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId, selector.Kind == VersionKind.Latest ? null : selector.ToString());
    }

    private static void RequireViewDrafts(CmsActor actor)
    {
        if (!actor.Has(Permissions.ViewDrafts))
        {
            throw new CmsForbiddenException(Permissions.ViewDrafts, "Reading safety checks");
        }
    }
}
