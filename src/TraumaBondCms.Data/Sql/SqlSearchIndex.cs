using System.Data.Common;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// The database side of search in portable SQL (see <see cref="ISearchIndex"/>). Documents live in <c>search_documents</c>,
/// one row per version written with one, with two membership flags (<c>in_public</c>, <c>in_editorial</c>) that
/// <see cref="SyncItemAsync"/> keeps equal to "published" and "latest" of live items; every flag or text change appends
/// to <c>search_changes</c> in the same transaction.
/// </summary>
public sealed class SqlSearchIndex(SqlRunner sql) : ISearchIndex
{
    private const string DocumentColumns = "d.doc_id, d.content_item_id, d.content_item_version_id, d.content_type, d.in_public, d.in_editorial, d.title, d.tags, d.summary, d.body, d.topics, d.culture, d.localization_set";

    // What this session logged already: one entry per item, version and scope is enough, the nodes read the item's state.
    private readonly HashSet<(string Item, string? Version, string Scope)> _logged = [];

    /// <inheritdoc />
    public async Task PutDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken = default)
    {
        var existing = await sql.QueryAsync(
            "SELECT doc_id, content_item_id, in_public, in_editorial FROM search_documents WHERE content_item_version_id = @version",
            r => (Id: r.GetInt64(0), Item: r.GetString(1), Public: r.GetBoolean(2), Editorial: r.GetBoolean(3)),
            cancellationToken,
            ("@version", contentItemVersionId));
        if (existing is not [var row])
        {
            await InsertDocumentAsync(contentItemVersionId, document, cancellationToken);
            return;
        }

        await sql.ExecuteAsync(
            "UPDATE search_documents SET title = @title, tags = @tags, summary = @summary, body = @body, topics = @topics WHERE doc_id = @id",
            cancellationToken,
            ("@title", document.Title),
            ("@tags", document.Tags),
            ("@summary", document.Summary),
            ("@body", document.Body),
            ("@topics", JoinTopics(document.Topics)),
            ("@id", row.Id));
        foreach (var scope in ScopesOf(row.Public, row.Editorial))
        {
            await LogAsync(row.Item, contentItemVersionId, scope, cancellationToken);
        }
    }

    /// <summary>Stores the search document of a version that has none yet (a version the repository is writing), in no scope yet.</summary>
    internal async Task InsertDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken)
    {
        var inserted = await sql.ExecuteAsync(
            """
            INSERT INTO search_documents (content_item_version_id, content_item_id, content_type, in_public, in_editorial, title, tags, summary, body, topics, culture, localization_set)
            SELECT v.content_item_version_id, v.content_item_id, v.content_type, @no, @no, @title, @tags, @summary, @body, @topics, v.culture, v.localization_set
            FROM content_versions v WHERE v.content_item_version_id = @version
            """,
            cancellationToken,
            ("@no", false),
            ("@title", document.Title),
            ("@tags", document.Tags),
            ("@summary", document.Summary),
            ("@body", document.Body),
            ("@topics", JoinTopics(document.Topics)),
            ("@version", contentItemVersionId));
        if (inserted != 1)
        {
            throw new ArgumentException($"Version '{contentItemVersionId}' does not exist.", nameof(contentItemVersionId));
        }
    }

    /// <inheritdoc />
    public async Task<SearchIndexCounts> RebuildAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (column, flag) in new[] { ("in_public", "v.published"), ("in_editorial", "v.latest") })
        {
            await sql.ExecuteAsync(
                $"""
                UPDATE search_documents SET {column} = (
                    SELECT CASE WHEN {flag} AND i.deleted_utc IS NULL THEN @true ELSE @false END
                    FROM content_versions v JOIN content_items i ON i.content_item_id = v.content_item_id
                    WHERE v.content_item_version_id = search_documents.content_item_version_id)
                """,
                cancellationToken,
                ("@true", true),
                ("@false", false));
        }

        await LogAsync("", null, SearchChange.RebuildScope, cancellationToken);
        return await CountAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SearchIndexCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var rows = await sql.QueryAsync(
            """
            SELECT (SELECT COUNT(*) FROM search_documents WHERE in_public),
                   (SELECT COUNT(*) FROM search_documents WHERE in_editorial),
                   (SELECT COUNT(*) FROM content_versions v JOIN content_items i ON i.content_item_id = v.content_item_id
                    WHERE (v.latest OR v.published) AND i.deleted_utc IS NULL
                      AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.content_item_version_id = v.content_item_version_id)),
                   (SELECT COUNT(*) FROM search_documents WHERE in_public OR in_editorial)
            """,
            r => new SearchIndexCounts((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3)),
            cancellationToken);
        return rows[0];
    }

    /// <inheritdoc />
    public async Task<SearchChangeBatch> GetChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        var state = await sql.QueryAsync(
            "SELECT COALESCE((SELECT through_seq FROM search_changes_pruned WHERE id = 1), 0), (SELECT COALESCE(MAX(seq), 0) FROM search_changes)",
            r => (Pruned: r.GetInt64(0), Last: r.GetInt64(1)),
            cancellationToken);
        var changes = state[0].Last <= afterSequence
            ? []
            : await sql.QueryAsync(
                "SELECT seq, content_item_id, content_item_version_id, scope FROM search_changes WHERE seq > @after ORDER BY seq LIMIT @limit",
                r => new SearchChange(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3)),
                cancellationToken,
                ("@after", afterSequence),
                ("@limit", (long)limit));
        // An emptied log still remembers how far it went: what was pruned happened.
        return new SearchChangeBatch(changes, Math.Max(state[0].Pruned, 0), Math.Max(state[0].Last, state[0].Pruned));
    }

    /// <inheritdoc />
    public async Task<SearchChangeBacklog> GetBacklogAsync(long afterSequence, CancellationToken cancellationToken = default)
    {
        // The count reads every entry waiting (one index range); the oldest is the first in sequence, since writers commit in
        // sequence order, and the last is one index entry.
        var entries = await sql.ScalarAsync<long>("SELECT COUNT(*) FROM search_changes WHERE seq > @after", cancellationToken, ("@after", afterSequence));
        var rows = await sql.QueryAsync(
            "SELECT (SELECT changed_utc FROM search_changes WHERE seq > @after ORDER BY seq LIMIT 1), (SELECT COALESCE(MAX(seq), 0) FROM search_changes)",
            r => new SearchChangeBacklog(entries, sql.Dialect.ReadNullableTime(r, 0), r.GetInt64(1)),
            cancellationToken,
            ("@after", afterSequence));
        return rows[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedDocument>> GetIndexedDocumentsAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var documents = new List<IndexedDocument>();
        foreach (var chunk in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var parameters = new SearchParameters();
            documents.AddRange(await sql.QueryAsync(
                $"SELECT {DocumentColumns} FROM search_documents d WHERE d.content_item_id IN ({parameters.AddList(chunk)}) AND (d.in_public OR d.in_editorial) ORDER BY d.doc_id",
                ReadIndexed,
                cancellationToken,
                parameters.ToArray()));
        }

        return await WithSiblingsAsync(documents, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IndexedDocument>> ReadIndexedDocumentsAsync(long afterDocumentId, int limit, CancellationToken cancellationToken = default) =>
        await WithSiblingsAsync(
            await sql.QueryAsync(
                $"SELECT {DocumentColumns} FROM search_documents d WHERE d.doc_id > @after AND (d.in_public OR d.in_editorial) ORDER BY d.doc_id LIMIT @limit",
                ReadIndexed,
                cancellationToken,
                ("@after", afterDocumentId),
                ("@limit", (long)limit)),
            cancellationToken);

    // Each document learns the cultures its set has in each scope (its translations), read by set through the set index.
    private async Task<IReadOnlyList<IndexedDocument>> WithSiblingsAsync(IReadOnlyList<IndexedDocument> documents, CancellationToken cancellationToken)
    {
        var sets = documents.Select(d => d.LocalizationSet).Distinct(StringComparer.Ordinal).ToList();
        var members = new List<(string Set, string Item, string Culture, bool Public, bool Editorial)>();
        foreach (var chunk in sets.Chunk(500))
        {
            var parameters = new SearchParameters();
            members.AddRange(await sql.QueryAsync(
                $"SELECT d.localization_set, d.content_item_id, d.culture, d.in_public, d.in_editorial FROM search_documents d WHERE d.localization_set IN ({parameters.AddList(chunk)}) AND (d.in_public OR d.in_editorial)",
                r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.GetBoolean(4)),
                cancellationToken,
                parameters.ToArray()));
        }

        var bySet = members.ToLookup(m => m.Set, StringComparer.Ordinal);
        return documents.Select(d => bySet[d.LocalizationSet].Any(m => m.Item != d.ContentItemId)
            ? d with
            {
                PublicSiblingCultures = bySet[d.LocalizationSet].Where(m => m.Public && m.Item != d.ContentItemId).Select(m => m.Culture).Distinct(StringComparer.Ordinal).ToList(),
                EditorialSiblingCultures = bySet[d.LocalizationSet].Where(m => m.Editorial && m.Item != d.ContentItemId).Select(m => m.Culture).Distinct(StringComparer.Ordinal).ToList(),
            }
            : d).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, SearchDocument>> GetDocumentsAsync(IReadOnlyCollection<string> contentItemVersionIds, CancellationToken cancellationToken = default)
    {
        if (contentItemVersionIds.Count == 0)
        {
            return new Dictionary<string, SearchDocument>();
        }

        var parameters = new SearchParameters();
        var rows = await sql.QueryAsync(
            $"SELECT {DocumentColumns} FROM search_documents d WHERE d.content_item_version_id IN ({parameters.AddList(contentItemVersionIds.Distinct(StringComparer.Ordinal))})",
            ReadIndexed,
            cancellationToken,
            parameters.ToArray());
        return rows.ToDictionary(r => r.ContentItemVersionId, r => r.Document, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<long> PruneChangesAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        // The highest pruned sequence is recorded before the rows go, in the same transaction.
        // The newest change before the time, one step down its index (changes are logged in commit order, so everything
        // up to its sequence is about as old; a node behind what was pruned rebuilds).
        var highest = await sql.ScalarAsync<long?>(
            "SELECT seq FROM search_changes WHERE changed_utc < @before ORDER BY changed_utc DESC LIMIT 1",
            cancellationToken,
            ("@before", sql.Dialect.ToDbTime(before)));
        if (highest is { } through)
        {
            await sql.ExecuteAsync(
                """
                INSERT INTO search_changes_pruned (id, through_seq) VALUES (1, @through)
                ON CONFLICT (id) DO UPDATE SET through_seq = CASE WHEN search_changes_pruned.through_seq > @through THEN search_changes_pruned.through_seq ELSE @through END
                """,
                cancellationToken,
                ("@through", through));
            await sql.ExecuteAsync("DELETE FROM search_changes WHERE seq <= @through", cancellationToken, ("@through", through));
        }

        return await sql.ScalarAsync<long?>("SELECT through_seq FROM search_changes_pruned WHERE id = 1", cancellationToken) ?? 0;
    }

    /// <inheritdoc />
    public async Task RecordZeroResultAsync(string queryKey, string normalizedQuery, int revealAt, CancellationToken cancellationToken = default) =>
        await sql.ExecuteAsync(
            """
            INSERT INTO search_zero_results (query_key, occurrences, query_text) VALUES (@key, 1, CASE WHEN 1 >= @revealAt THEN @text ELSE NULL END)
            ON CONFLICT (query_key) DO UPDATE SET
                occurrences = search_zero_results.occurrences + 1,
                query_text = CASE WHEN search_zero_results.occurrences + 1 >= @revealAt THEN @text ELSE search_zero_results.query_text END
            """,
            cancellationToken,
            ("@key", queryKey),
            ("@text", normalizedQuery),
            ("@revealAt", (long)revealAt));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ZeroResultQuery>> GetZeroResultQueriesAsync(int minimumCount, int limit, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT query_text, occurrences FROM search_zero_results WHERE query_text IS NOT NULL AND occurrences >= @minimum ORDER BY occurrences DESC, query_key LIMIT @limit",
            r => new ZeroResultQuery(r.GetString(0), r.GetInt64(1)),
            cancellationToken,
            ("@minimum", (long)minimumCount),
            ("@limit", (long)limit));

    /// <summary>
    /// Brings the item's scope membership in line with its version flags: a live item's published version is public and its
    /// latest version editorial; nothing of a deleted item is in either. Logs each change. Called by the content repository
    /// after every change to an item, inside the same transaction.
    /// </summary>
    internal async Task SyncItemAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(
            """
            SELECT d.doc_id, d.content_item_version_id, d.in_public, d.in_editorial, v.published, v.latest, i.deleted_utc IS NULL
            FROM search_documents d
            JOIN content_versions v ON v.content_item_version_id = d.content_item_version_id
            JOIN content_items i ON i.content_item_id = d.content_item_id
            WHERE d.content_item_id = @id AND (d.in_public OR d.in_editorial OR v.published OR v.latest)
            """,
            r => (Id: r.GetInt64(0), Version: r.GetString(1), InPublic: r.GetBoolean(2), InEditorial: r.GetBoolean(3), Public: r.GetBoolean(4) && r.GetBoolean(6), Editorial: r.GetBoolean(5) && r.GetBoolean(6)),
            cancellationToken,
            ("@id", contentItemId));
        foreach (var row in rows.Where(r => r.InPublic != r.Public || r.InEditorial != r.Editorial))
        {
            await sql.ExecuteAsync(
                "UPDATE search_documents SET in_public = @public, in_editorial = @editorial WHERE doc_id = @id",
                cancellationToken,
                ("@public", row.Public),
                ("@editorial", row.Editorial),
                ("@id", row.Id));
            if (row.InPublic != row.Public)
            {
                await LogAsync(contentItemId, row.Public ? row.Version : null, "public", cancellationToken);
            }

            if (row.InEditorial != row.Editorial)
            {
                await LogAsync(contentItemId, row.Editorial ? row.Version : null, "editorial", cancellationToken);
            }
        }

        if (rows.Any(r => r.InPublic != r.Public || r.InEditorial != r.Editorial))
        {
            // The item's translations carry the cultures their set has in each scope: they are indexed again too.
            var siblings = await sql.QueryAsync(
                """
                SELECT DISTINCT d.content_item_id FROM search_documents d
                WHERE d.localization_set = (SELECT i.localization_set FROM content_items i WHERE i.content_item_id = @id)
                  AND d.content_item_id <> @id AND (d.in_public OR d.in_editorial)
                """,
                r => r.GetString(0),
                cancellationToken,
                ("@id", contentItemId));
            foreach (var sibling in siblings)
            {
                await LogAsync(sibling, null, SearchChange.SetScope, cancellationToken);
            }
        }
    }

    private async Task LogAsync(string contentItemId, string? versionId, string scope, CancellationToken cancellationToken)
    {
        if (_logged.Add((contentItemId, versionId, scope)))
        {
            await sql.ExecuteAsync(
                "INSERT INTO search_changes (content_item_id, content_item_version_id, scope, changed_utc) VALUES (@item, @version, @scope, @at)",
                cancellationToken,
                ("@item", contentItemId),
                ("@version", versionId),
                ("@scope", scope),
                ("@at", sql.Dialect.ToDbTime(DateTimeOffset.UtcNow)));
        }
    }

    private static IndexedDocument ReadIndexed(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetBoolean(4),
        r.GetBoolean(5),
        new SearchDocument
        {
            Title = r.GetString(6),
            Tags = r.GetString(7),
            Summary = r.GetString(8),
            Body = r.GetString(9),
            Topics = r.GetString(10).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        })
    {
        Culture = r.GetString(11),
        LocalizationSet = r.GetString(12),
    };

    private static string JoinTopics(IReadOnlyList<string> topics) => string.Join('\n', topics.Distinct(StringComparer.Ordinal));

    private static string[] ScopesOf(bool isPublic, bool isEditorial) =>
        [.. isPublic ? ["public"] : Array.Empty<string>(), .. isEditorial ? ["editorial"] : Array.Empty<string>()];
}
