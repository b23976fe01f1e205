using TraumaBondCms.Core.Security;
using TraumaBondCms.Data;
using TraumaBondCms.Data.Sql;
using TraumaBondCms.GraphQL.Execution;
using TraumaBondCms.Web.Auth;
using TraumaBondCms.Web.GraphQL.Preview;

namespace TraumaBondCms.Web.GraphQL.Resolvers;

/// <summary>
/// What the resolvers of one GraphQL request share: who is asking (the actor and the preview token, if any), one read
/// session opened on first use so every field of the request reads the same database snapshot, and what the request
/// did (commands run, whether its response may be shared with other anonymous readers). Resolvers reach it with
/// <c>context.GetRequestContext&lt;ContentRequestContext&gt;()</c>. Database access is serialized: resolvers may run
/// concurrently, sessions may not. Dispose after the response is written.
/// </summary>
public sealed class ContentRequestContext : IAsyncDisposable
{
    private readonly ICmsStore _store;
    private readonly PreviewTokenService _previews;
    private readonly string? _previewToken;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IStoreSession? _session;
    private int _closedCommands;
    private Task<PreviewTokenCheck>? _check;
    private volatile bool _shareable;

    /// <summary>Creates the context of one request.</summary>
    /// <param name="store">The store to read from.</param>
    /// <param name="previews">Validates the preview token.</param>
    /// <param name="actor">The signed-in user, or <see cref="CmsActor.Anonymous"/>.</param>
    /// <param name="previewToken">The <c>X-Preview-Token</c> header's value; null when absent.</param>
    /// <param name="shareable">True when the request carries no credentials at all, so its response may be served to any anonymous reader.</param>
    /// <param name="localization">The site's cultures; null for a site that never configured any.</param>
    public ContentRequestContext(ICmsStore store, PreviewTokenService previews, CmsActor actor, string? previewToken, bool shareable, Core.Localization.LocalizationSettings? localization = null)
    {
        Localization = localization ?? Core.Localization.LocalizationSettings.Default;
        _store = store;
        _previews = previews;
        Actor = actor;
        _previewToken = string.IsNullOrWhiteSpace(previewToken) ? null : previewToken.Trim();
        _shareable = shareable;
    }

    /// <summary>Who is asking.</summary>
    public CmsActor Actor { get; }

    /// <summary>The site's cultures as the request began: every culture argument of the request is read against them.</summary>
    public Core.Localization.LocalizationSettings Localization { get; }

    /// <summary>True while the response may be shared with every anonymous reader (no credentials, nothing private read).</summary>
    public bool IsShareable => _shareable;

    /// <summary>The content generation of the snapshot the request read; null when it read nothing.</summary>
    public long? Generation { get; private set; }

    /// <summary>The number of database commands the request ran so far.</summary>
    public int CommandCount => _closedCommands + ((_session as SqlStoreSession)?.CommandCount ?? 0);

    /// <summary>Rises each time <see cref="RefreshSnapshotAsync"/> starts a new snapshot; part of loader names, so values loaded from an older snapshot are not reused.</summary>
    public int SnapshotEpoch { get; private set; }

    /// <summary>Marks the response as private (it read drafts or acted for a user): it must not be shared or cached.</summary>
    public void MarkPrivate() => _shareable = false;

    /// <summary>Runs <paramref name="read"/> on the request's read session, opening it (and fixing its snapshot) on first use.</summary>
    public async Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_session is null)
            {
                _session = await _store.OpenReadAsync(cancellationToken);
                // Read first: the snapshot starts here, so every later read of the request sees exactly this generation.
                Generation = await _session.ContentGeneration.GetAsync(cancellationToken);
            }

            return await read(_session);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Ends the current snapshot (after a mutation), so later reads see what it changed.</summary>
    public async Task RefreshSnapshotAsync()
    {
        await _lock.WaitAsync();
        try
        {
            await CloseSessionAsync();
            SnapshotEpoch++;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>True when the request may read the drafts of every item: the actor has <see cref="Permissions.ViewDrafts"/>, or it carries a valid all-drafts preview token.</summary>
    public async ValueTask<bool> CanPreviewAllAsync(CancellationToken cancellationToken) =>
        Actor.Has(Permissions.ViewDrafts) || (await CheckTokenAsync(cancellationToken)).Grant is { ContentItemId: null };

    /// <summary>
    /// Throws a coded error unless the request may read drafts of <paramref name="contentItemId"/> (of every item when
    /// null): UNAUTHENTICATED without credentials or with an invalid, expired or revoked token, FORBIDDEN without the
    /// permission or beyond the token's one item.
    /// </summary>
    public async ValueTask RequirePreviewAsync(string? contentItemId, CancellationToken cancellationToken)
    {
        MarkPrivate();
        if (Actor.Has(Permissions.ViewDrafts))
        {
            return;
        }

        if (_previewToken is null)
        {
            throw Actor.UserName is null
                ? new GraphQLException("Reading drafts needs a signed-in user with the 'ViewDrafts' permission or a preview token in the X-Preview-Token header.", ContentErrorCodes.Unauthenticated)
                : new GraphQLException("Reading drafts needs the 'ViewDrafts' permission or a preview token.", ContentErrorCodes.Forbidden);
        }

        var check = await CheckTokenAsync(cancellationToken);
        if (check.Grant is not { } grant)
        {
            throw new GraphQLException(check.Problem!, ContentErrorCodes.Unauthenticated);
        }

        if (grant.ContentItemId is { } only && only != contentItemId)
        {
            throw new GraphQLException(
                contentItemId is null ? "This preview token covers one item; read it by id." : "This preview token covers another item.",
                ContentErrorCodes.Forbidden);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _lock.WaitAsync();
        try
        {
            await CloseSessionAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    private Task<PreviewTokenCheck> CheckTokenAsync(CancellationToken cancellationToken)
    {
        if (_previewToken is null)
        {
            return Task.FromResult(new PreviewTokenCheck(null, "No preview token was sent."));
        }

        // Validated once per request, on first need: published reads with a token never pay for the lookup. Two
        // resolvers racing here may both validate; the answers are the same.
        return _check ??= _previews.CheckAsync(_previewToken, (read, ct) => ReadAsync(read, ct), cancellationToken);
    }

    private async Task CloseSessionAsync()
    {
        if (_session is not null)
        {
            _closedCommands += (_session as SqlStoreSession)?.CommandCount ?? 0;
            await _session.DisposeAsync();
            _session = null;
        }
    }
}
