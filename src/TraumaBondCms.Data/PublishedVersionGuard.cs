using System.Collections.Concurrent;
using TraumaBondCms.Core.Content;

namespace TraumaBondCms.Data;

/// <summary>
/// Keeps tampered content from readers without paying for it on every request. Read sessions ask the guard about every
/// published version they read for a published read (lists, lookups and relations of the published scope); a version
/// without a verdict for the database's current content generation is read fresh from its stored fields (never from the
/// parsed-fields cache) and handed to the <see cref="Verifier"/>, once, and versions it withholds are left out of the
/// result. Any change a reader could see raises the content generation (database triggers, whichever process or tool made
/// the change), so a version is verified again at the first read after it; in between a read costs one dictionary lookup
/// per version. With no verifier (the default, and the command line) nothing is checked. Write sessions and
/// <see cref="ICmsStore.OpenAuditReadAsync"/> sessions are never filtered. Thread-safe.
/// </summary>
public sealed class PublishedVersionGuard
{
    /// <summary>The most verdicts kept; beyond it they are forgotten (and made again on the next reads).</summary>
    public const int Capacity = 500_000;

    private ConcurrentDictionary<string, (long Generation, PublishedVerdict Verdict)> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Decides about published versions; null turns the guard off.</summary>
    public IPublishedVersionVerifier? Verifier { get; set; }

    /// <summary>True when a verifier is set.</summary>
    public bool IsActive => Verifier is not null;

    /// <summary>The verdict on <paramref name="contentItemVersionId"/> made at <paramref name="generation"/>; null when none was.</summary>
    public PublishedVerdict? VerdictAt(string contentItemVersionId, long generation) =>
        _verdicts.TryGetValue(contentItemVersionId, out var known) && known.Generation == generation ? known.Verdict : null;

    /// <summary>Forgets every verdict, so every version is verified again at its next read.</summary>
    public void Forget() => _verdicts = new(StringComparer.Ordinal);

    /// <summary>
    /// Verifies <paramref name="fresh"/> (versions read with their stored fields, without a verdict at <paramref name="generation"/>)
    /// and returns the ids of the versions among <paramref name="read"/> that readers must not be served.
    /// </summary>
    internal async Task<IReadOnlySet<string>> WithheldAsync(IStoreSession session, long generation, IReadOnlyList<ContentItem> fresh, IEnumerable<ContentItem> read, CancellationToken cancellationToken)
    {
        if (fresh.Count > 0 && Verifier is { } verifier)
        {
            var verdicts = await verifier.VerifyAsync(session, fresh, cancellationToken);
            if (_verdicts.Count + fresh.Count > Capacity)
            {
                Forget();
            }

            for (var i = 0; i < fresh.Count; i++)
            {
                _verdicts[fresh[i].ContentItemVersionId] = (generation, verdicts[i]);
            }
        }

        var withheld = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in read)
        {
            if (version.Published && VerdictAt(version.ContentItemVersionId, generation) is { Servable: false })
            {
                withheld.Add(version.ContentItemVersionId);
            }
        }

        return withheld;
    }
}
