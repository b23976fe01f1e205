using System.Data.Common;
using TraumaBondCms.Core.Search;
using TraumaBondCms.Data.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// The search index in portable SQL, for an engine to complete with how it matches and highlights (see
/// <see cref="ISearchIndex"/> for the contract). Documents live in <c>search_documents</c>, one row per version written
/// with one, with two membership flags (<c>in_public</c>, <c>in_editorial</c>) that <see cref="SyncItemAsync"/> keeps equal
/// to "published" and "latest" of live items; engines keep their full-text structures in step through
/// <see cref="JoinAsync"/> and <see cref="LeaveAsync"/>. Facet values (content type, topic slugs) are in the narrow
/// <c>search_document_facets</c>.
/// </summary>
public abstract partial class SqlSearchIndex(SqlRunner sql) : ISearchIndex
{
    /// <summary>The session's SQL runner.</summary>
    protected SqlRunner Sql { get; } = sql;

    /// <summary>The <c>facet</c> of a document's content type in <c>search_document_facets</c>.</summary>
    protected const int TypeFacet = 0;

    /// <summary>The <c>facet</c> of a document's topic slugs in <c>search_document_facets</c>.</summary>
    protected const int TopicFacet = 1;

    /// <summary>The membership flag column of a scope.</summary>
    protected static string FlagColumn(SearchScope scope) => scope == SearchScope.Public ? "in_public" : "in_editorial";

    /// <inheritdoc />
    public async Task PutDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken = default)
    {
        var existing = await Sql.QueryAsync(
            "SELECT doc_id, in_public, in_editorial, content_type FROM search_documents WHERE content_item_version_id = @version",
            r => (Id: r.GetInt64(0), Public: r.GetBoolean(1), Editorial: r.GetBoolean(2), Type: r.GetString(3)),
            cancellationToken,
            ("@version", contentItemVersionId));
        if (existing is not [var row])
        {
            await InsertDocumentAsync(contentItemVersionId, document, cancellationToken);
            return;
        }

        var scopes = ScopesOf(row.Public, row.Editorial);
        await LeaveAsync(scopes, row.Id, cancellationToken);

        var parameters = new SearchParameters();
        var (title, tags, summary, body) = (parameters.Add(document.Title), parameters.Add(document.Tags), parameters.Add(document.Summary), parameters.Add(document.Body));
        var derived = DerivedColumn(document, parameters);
        await Sql.ExecuteAsync(
            $"UPDATE search_documents SET title = {title}, tags = {tags}, summary = {summary}, body = {body}{(derived is { } d ? $", {d.Column} = {d.Expression}" : "")} WHERE doc_id = {parameters.Add(row.Id)}",
            cancellationToken,
            parameters.ToArray());
        Stored(row.Id, document);
        await Sql.ExecuteAsync("DELETE FROM search_document_facets WHERE doc_id = @id", cancellationToken, ("@id", row.Id));
        await WriteFacetsAsync(row.Id, row.Type, document.Topics, cancellationToken);
        await JoinAsync(scopes, row.Id, cancellationToken);
    }

    /// <summary>Stores the search document of a version that has none yet (a version the repository is writing), in no index yet.</summary>
    internal async Task InsertDocumentAsync(string contentItemVersionId, SearchDocument document, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var (title, tags, summary, body) = (parameters.Add(document.Title), parameters.Add(document.Tags), parameters.Add(document.Summary), parameters.Add(document.Body));
        var derived = DerivedColumn(document, parameters);
        var no = parameters.Add(false);
        var inserted = await Sql.QueryAsync(
            $"""
            INSERT INTO search_documents (content_item_version_id, content_item_id, content_type, in_public, in_editorial, title, tags, summary, body{(derived is { } c ? ", " + c.Column : "")})
            SELECT v.content_item_version_id, v.content_item_id, v.content_type, {no}, {no}, {title}, {tags}, {summary}, {body}{(derived is { } e ? ", " + e.Expression : "")}
            FROM content_versions v WHERE v.content_item_version_id = {parameters.Add(contentItemVersionId)}
            RETURNING doc_id, content_type
            """,
            r => (Id: r.GetInt64(0), Type: r.GetString(1)),
            cancellationToken,
            parameters.ToArray());
        var (id, type) = inserted is [var row] ? row : throw new ArgumentException($"Version '{contentItemVersionId}' does not exist.", nameof(contentItemVersionId));
        Stored(id, document);
        await WriteFacetsAsync(id, type, document.Topics, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SearchIndexCounts> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await ClearAsync(cancellationToken);
        await Sql.ExecuteAsync("UPDATE search_documents SET in_public = @false, in_editorial = @false WHERE in_public OR in_editorial", cancellationToken, ("@false", false));
        foreach (var (scope, flag) in new[] { (SearchScope.Public, "v.published"), (SearchScope.Editorial, "v.latest") })
        {
            await Sql.ExecuteAsync(
                $"""
                UPDATE search_documents SET {FlagColumn(scope)} = @true WHERE doc_id IN (
                    SELECT d.doc_id FROM search_documents d
                    JOIN content_versions v ON v.content_item_version_id = d.content_item_version_id
                    JOIN content_items i ON i.content_item_id = d.content_item_id
                    WHERE {flag} AND i.deleted_utc IS NULL)
                """,
                cancellationToken,
                ("@true", true));
        }

        await FillAsync(cancellationToken);
        return await CountAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SearchIndexCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Sql.QueryAsync(
            """
            SELECT (SELECT COUNT(*) FROM search_documents WHERE in_public),
                   (SELECT COUNT(*) FROM search_documents WHERE in_editorial),
                   (SELECT COUNT(*) FROM content_versions v JOIN content_items i ON i.content_item_id = v.content_item_id
                    WHERE (v.latest OR v.published) AND i.deleted_utc IS NULL
                      AND NOT EXISTS (SELECT 1 FROM search_documents d WHERE d.content_item_version_id = v.content_item_version_id))
            """,
            r => new SearchIndexCounts((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2)),
            cancellationToken);
        return rows[0];
    }

    /// <inheritdoc />
    public async Task RecordZeroResultAsync(string queryKey, string normalizedQuery, int revealAt, CancellationToken cancellationToken = default) =>
        await Sql.ExecuteAsync(
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
        await Sql.QueryAsync(
            "SELECT query_text, occurrences FROM search_zero_results WHERE query_text IS NOT NULL AND occurrences >= @minimum ORDER BY occurrences DESC, query_key LIMIT @limit",
            r => new ZeroResultQuery(r.GetString(0), r.GetInt64(1)),
            cancellationToken,
            ("@minimum", (long)minimumCount),
            ("@limit", (long)limit));

    /// <summary>
    /// Brings the item's index membership in line with its version flags: a live item's published version is in the
    /// public index and its latest version in the editorial index; nothing of a deleted item is in either. Called by the
    /// content repository after every change to an item, inside the same transaction.
    /// </summary>
    internal async Task SyncItemAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(
            """
            SELECT d.doc_id, d.in_public, d.in_editorial, v.published, v.latest, i.deleted_utc IS NULL
            FROM search_documents d
            JOIN content_versions v ON v.content_item_version_id = d.content_item_version_id
            JOIN content_items i ON i.content_item_id = d.content_item_id
            WHERE d.content_item_id = @id AND (d.in_public OR d.in_editorial OR v.published OR v.latest)
            """,
            r => (Id: r.GetInt64(0), InPublic: r.GetBoolean(1), InEditorial: r.GetBoolean(2), Public: r.GetBoolean(3) && r.GetBoolean(5), Editorial: r.GetBoolean(4) && r.GetBoolean(5)),
            cancellationToken,
            ("@id", contentItemId));
        foreach (var row in rows.Where(r => r.InPublic != r.Public || r.InEditorial != r.Editorial))
        {
            var changes = new[] { (Scope: SearchScope.Public, Now: row.InPublic, Wanted: row.Public), (Scope: SearchScope.Editorial, Now: row.InEditorial, Wanted: row.Editorial) };
            await LeaveAsync([.. changes.Where(c => c.Now && !c.Wanted).Select(c => c.Scope)], row.Id, cancellationToken);
            await JoinAsync([.. changes.Where(c => !c.Now && c.Wanted).Select(c => c.Scope)], row.Id, cancellationToken);

            await Sql.ExecuteAsync(
                "UPDATE search_documents SET in_public = @public, in_editorial = @editorial WHERE doc_id = @id",
                cancellationToken,
                ("@public", row.Public),
                ("@editorial", row.Editorial),
                ("@id", row.Id));
        }
    }

    /// <summary>A column the engine derives from the document when it is written (PostgreSQL's weighted <c>tsvector</c>); null for none.</summary>
    private protected virtual (string Column, string Expression)? DerivedColumn(SearchDocument document, SearchParameters parameters) => null;

    /// <summary>Tells the engine the text just stored for a document (it may keep it rather than read it back).</summary>
    protected virtual void Stored(long documentId, SearchDocument document)
    {
    }

    /// <summary>Adds a stored document to the engine's full-text structures of <paramref name="scopes"/> (none, one or both), before its flags are set.</summary>
    protected virtual Task JoinAsync(IReadOnlyList<SearchScope> scopes, long documentId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Removes a stored document from the engine's full-text structures of <paramref name="scopes"/>, while its stored text is still what was indexed.</summary>
    protected virtual Task LeaveAsync(IReadOnlyList<SearchScope> scopes, long documentId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Writes whatever the engine has held back of this session's changes to its full-text structures; the session calls
    /// it before committing, and every search calls it first, so a search in the same transaction sees every change.
    /// </summary>
    internal virtual Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Empties the engine's full-text structures (a rebuild then fills them from the flags).</summary>
    protected virtual Task ClearAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Fills the engine's full-text structures with every flagged document.</summary>
    protected virtual Task FillAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static SearchScope[] ScopesOf(bool isPublic, bool isEditorial) =>
        [.. isPublic ? [SearchScope.Public] : Array.Empty<SearchScope>(), .. isEditorial ? [SearchScope.Editorial] : Array.Empty<SearchScope>()];

    // One statement for the type and every topic: a document is written once per version, often in bulk.
    private async Task WriteFacetsAsync(long documentId, string contentType, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        var parameters = new SearchParameters();
        var id = parameters.Add(documentId);
        var rows = topics.Distinct(StringComparer.Ordinal).Select(topic => $"({id}, {TopicFacet}, {parameters.Add(topic)})").Prepend($"({id}, {TypeFacet}, {parameters.Add(contentType)})");
        await Sql.ExecuteAsync($"INSERT INTO search_document_facets (doc_id, facet, value) VALUES {string.Join(", ", rows)}", cancellationToken, parameters.ToArray());
    }

    // Engine messages can quote the query (SQLite's "fts5: syntax error near ...", PostgreSQL's tsquery errors): only
    // the error code travels on, never the message or the inner exception, so that no log ever holds search text.
    private protected SearchIndexException Sanitized(DbException exception) =>
        new($"The {Sql.Dialect.Engine} search index could not run the search (engine error {exception.SqlState ?? exception.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
}
