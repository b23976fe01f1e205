namespace TraumaBondCms.Data.Search;

/// <summary>
/// A node's full-text index (<c>LuceneSearchEngine</c>): documents of both scopes, fed from the database's change log by
/// <see cref="SearchIndexNode"/>, which is its only writer. Searches are thread-safe and read the last refreshed state;
/// writes are made by one thread at a time.
/// </summary>
public interface ISearchEngine : IDisposable
{
    /// <summary>The last change-log sequence whose effect the index holds (0 for an empty index).</summary>
    long AppliedSequence { get; }

    /// <summary>The last sequence whose effect searches see (applied, then refreshed).</summary>
    long VisibleSequence { get; }

    /// <summary>The sequence stored with the last durable commit: where a restart catches up from.</summary>
    long CommittedSequence { get; }

    /// <summary>Runs a search on the last refreshed state. An empty query matches nothing.</summary>
    SearchPage Search(SearchRequest request);

    /// <summary>
    /// For each folded word, the closest word the library uses (at most two edits, one for short words) when the word
    /// itself appears nowhere; null when every word is known or nothing close is.
    /// </summary>
    IReadOnlyList<string>? Correct(IReadOnlyList<string> foldedWords);

    /// <summary>
    /// Replaces everything the index holds of <paramref name="contentItemIds"/> with <paramref name="documents"/> (their
    /// documents that belong in a scope now) and records <paramref name="throughSequence"/> as applied. Not visible to
    /// searches before <see cref="Refresh"/>, not durable before <see cref="Commit"/>.
    /// </summary>
    void Apply(IReadOnlyCollection<string> contentItemIds, IReadOnlyList<IndexedDocument> documents, long throughSequence);

    /// <summary>Empties the index (for a rebuild, which then adds every document with <see cref="Apply"/>); searches keep the old state until <see cref="Refresh"/>.</summary>
    void Clear();

    /// <summary>Makes applied changes visible to searches.</summary>
    void Refresh();

    /// <summary>Makes applied changes durable, storing <see cref="AppliedSequence"/> with them.</summary>
    void Commit();
}
