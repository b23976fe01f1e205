using System.Data.Common;
using System.Text;
using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Sql;

/// <summary>
/// The content repository in portable SQL; see <see cref="IContentRepository"/> for the contract. <paramref name="caches"/>,
/// when given, are the store's read caches: published list counts per content generation (read from
/// <paramref name="generation"/>) and parsed fields are kept only when <paramref name="snapshot"/> (a read session). In a read
/// session of <paramref name="owner"/> with the caches' guard active, published reads leave out what the guard withholds
/// (<see cref="PublishedVersionGuard"/>).
/// </summary>
public sealed class SqlContentRepository(
    SqlRunner sql,
    SqlSearchIndex search,
    SqlReadCaches? caches = null,
    IContentGenerationRepository? generation = null,
    bool snapshot = false,
    IStoreSession? owner = null) : IContentRepository
{
    // During a guarded published read: the content generation of the session's snapshot, and the versions read fresh
    // because they have no verdict at it yet.
    private long _guardGeneration;
    private List<ContentItem>? _unverified;

    /// <summary>The columns <see cref="ReadVersion"/> reads, over <c>content_versions v</c>.</summary>
    internal const string VersionColumns = """
        v.content_item_version_id, v.content_item_id, v.content_type, v.version_number, v.latest, v.published,
               v.display_text, v.slug, v.owner, v.author, v.created_utc, v.modified_utc, v.published_utc, v.content_hash, v.fields,
               v.workflow_status, v.culture, v.localization_set, v.translation_of, v.source_version_id
        """;

    // Versions carry their item's owner, creation time and deletion (migration 9): no read joins content_items.
    private const string FromVersions = "FROM content_versions v";

    private const string SelectVersion = $"SELECT {VersionColumns} {FromVersions}";

    /// <summary>The number of columns <see cref="ReadVersion"/> reads.</summary>
    internal const int VersionColumnCount = 20;

    /// <inheritdoc />
    public async Task<ContentItemRecord?> GetItemAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await sql.QueryAsync(
            "SELECT content_item_id, content_type, owner, created_utc, deleted_utc, deleted_by, culture, localization_set, translation_of, source_changed_utc FROM content_items WHERE content_item_id = @id",
            r => new ContentItemRecord(r.GetString(0), r.GetString(1), r.GetString(2), sql.Dialect.ReadTime(r, 3), sql.Dialect.ReadNullableTime(r, 4), r.IsDBNull(5) ? null : r.GetString(5))
            {
                Culture = r.GetString(6),
                LocalizationSet = r.GetString(7),
                TranslationOf = r.IsDBNull(8) ? null : r.GetString(8),
                SourceChangedUtc = sql.Dialect.ReadNullableTime(r, 9),
            },
            cancellationToken,
            ("@id", contentItemId));
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<ContentItem?> GetAsync(string contentItemId, VersionSelector selector, CancellationToken cancellationToken = default)
    {
        var (condition, value) = selector.Kind switch
        {
            VersionKind.Latest => (sql.Dialect.Is("v.latest", true), (object?)null),
            VersionKind.Published => (sql.Dialect.Is("v.published", true), null),
            VersionKind.ById => ("v.content_item_version_id = @selector", selector.VersionId),
            _ => ("v.version_number = @selector", selector.Number),
        };
        var rows = await GuardedAsync(
            selector.Kind == VersionKind.Published,
            () => sql.QueryAsync(
                $"{SelectVersion} WHERE v.content_item_id = @id AND {sql.Dialect.Is("v.deleted", false)} AND {condition}",
                ReadVersion,
                cancellationToken,
                ("@id", contentItemId),
                ("@selector", value)),
            cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionSelector selector, CancellationToken cancellationToken = default)
    {
        if (contentItemIds.Count == 0)
        {
            return [];
        }

        var flag = selector.Kind switch
        {
            VersionKind.Latest => sql.Dialect.Is("v.latest", true),
            VersionKind.Published => sql.Dialect.Is("v.published", true),
            _ => throw new ArgumentException("GetMany reads latest or published versions only.", nameof(selector)),
        };
        var (list, parameters) = InList("id", contentItemIds);
        return await GuardedAsync(
            selector.Kind == VersionKind.Published,
            () => sql.QueryAsync(
                $"{SelectVersion} WHERE v.content_item_id IN ({list}) AND {sql.Dialect.Is("v.deleted", false)} AND {flag}",
                ReadVersion,
                cancellationToken,
                parameters),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            $"{SelectVersion} WHERE v.content_item_id = @id ORDER BY v.version_number",
            ReadVersion,
            cancellationToken,
            ("@id", contentItemId));

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContentItem>> GetLocalizationSetsAsync(IReadOnlyCollection<string> localizationSets, VersionSelector selector, CancellationToken cancellationToken = default)
    {
        if (localizationSets.Count == 0)
        {
            return [];
        }

        var flag = selector.Kind switch
        {
            VersionKind.Latest => $"{sql.Dialect.Is("v.latest", true)} AND {sql.Dialect.Is("v.deleted", false)}",
            VersionKind.Published => $"{sql.Dialect.Is("v.published", true)} AND {sql.Dialect.Is("v.deleted", false)}",
            _ => throw new ArgumentException("A localization set is read in its latest or published versions.", nameof(selector)),
        };
        var (list, parameters) = InList("set", localizationSets);
        return await GuardedAsync(
            selector.Kind == VersionKind.Published,
            () => sql.QueryAsync(
                $"{SelectVersion} WHERE v.localization_set IN ({list}) AND {flag} ORDER BY v.localization_set, v.culture, v.content_item_id",
                ReadVersion,
                cancellationToken,
                parameters),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetTranslationIdsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await sql.QueryAsync(
            "SELECT content_item_id FROM content_items WHERE translation_of = @id AND deleted_utc IS NULL ORDER BY content_item_id",
            r => r.GetString(0),
            cancellationToken,
            ("@id", contentItemId));

    /// <inheritdoc />
    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var run = () => new SqlKeysetQuery(sql, ReadVersion, caches, snapshot ? generation : null).RunAsync(
            query with
            {
                OrderBy = query.OrderBy is { Count: > 0 } ? query.OrderBy : [new ContentOrder(ContentField.ModifiedUtc, Descending: !query.OldestFirst)],
                After = string.IsNullOrEmpty(query.After) ? null : query.After,
                Before = string.IsNullOrEmpty(query.Before) ? null : query.Before,
            },
            cancellationToken);
        if (query.Status != ContentStatusFilter.Published || Guard is not { } guard)
        {
            return await run();
        }

        await BeginGuardAsync(cancellationToken);
        var page = await run();
        var withheld = await EndGuardAsync(guard, page.Items, cancellationToken);
        if (withheld.Count == 0)
        {
            return page;
        }

        // A withheld item is left out of its page (the page is one shorter; totals still count it until it is taken down).
        var kept = page.Items.Select((item, i) => (item, i)).Where(p => !withheld.Contains(p.item.ContentItemVersionId)).ToList();
        return page with { Items = kept.Select(p => p.item).ToList(), Cursors = page.Cursors is { } cursors ? kept.Select(p => cursors[p.i]).ToList() : null };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> FindBySlugsAsync(string contentType, IReadOnlyCollection<string> slugs, IReadOnlyList<string>? cultures = null, CancellationToken cancellationToken = default)
    {
        if (slugs.Count == 0 || cultures is { Count: 0 })
        {
            return new Dictionary<string, string>();
        }

        var (list, parameters) = InList("slug", slugs);
        var (cultureList, cultureParameters) = InList("culture", cultures ?? []);
        var rows = await sql.QueryAsync(
            $"SELECT slug, culture, content_item_id FROM content_slugs WHERE content_type = @type AND slug IN ({list}){(cultures is null ? "" : $" AND culture IN ({cultureList})")}",
            r => (Slug: r.GetString(0), Culture: r.GetString(1), Id: r.GetString(2)),
            cancellationToken,
            [("@type", contentType), .. parameters, .. cultureParameters]);
        // The holder in the most preferred culture (in any culture: the first culture name), the same on every engine.
        var rank = (cultures ?? []).Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        return rows
            .OrderBy(r => rank.GetValueOrDefault(r.Culture)).ThenBy(r => r.Culture, StringComparer.Ordinal)
            .GroupBy(r => r.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task CreateAsync(ContentItem firstVersion, IReadOnlyList<IndexedFieldValue> index, SearchDocument? search = null, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            """
            INSERT INTO content_items (content_item_id, content_type, owner, created_utc, culture, localization_set, translation_of)
            VALUES (@id, @type, @owner, @created, @culture, @set, @source)
            """,
            cancellationToken,
            ("@id", firstVersion.ContentItemId),
            ("@type", firstVersion.ContentType),
            ("@owner", firstVersion.Owner),
            ("@created", sql.Dialect.ToDbTime(firstVersion.CreatedUtc)),
            ("@culture", firstVersion.Culture),
            ("@set", firstVersion.LocalizationSet),
            ("@source", firstVersion.TranslationOf));
        await InsertVersionAsync(firstVersion, index, search, cancellationToken);
        await RefreshDerivedRowsAsync(firstVersion.ContentItemId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddVersionAsync(ContentItem version, IReadOnlyList<IndexedFieldValue> index, SearchDocument? search = null, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            "UPDATE content_versions SET latest = @false WHERE content_item_id = @id AND latest",
            cancellationToken,
            ("@id", version.ContentItemId),
            ("@false", false));
        await InsertVersionAsync(version, index, search, cancellationToken);
        await RefreshDerivedRowsAsync(version.ContentItemId, cancellationToken);
    }

    /// <inheritdoc />
    public Task ImportAsync(IReadOnlyList<ContentImport> versions, CancellationToken cancellationToken = default) =>
        versions.Count == 0 ? Task.CompletedTask : new SqlContentImport(sql, search).RunAsync(versions, cancellationToken);

    /// <inheritdoc />
    public async Task PublishAsync(string contentItemId, string contentItemVersionId, DateTimeOffset publishedUtc, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            "UPDATE content_versions SET published = @false WHERE content_item_id = @id AND published AND content_item_version_id <> @version",
            cancellationToken,
            ("@id", contentItemId),
            ("@version", contentItemVersionId),
            ("@false", false));
        var changed = await sql.ExecuteAsync(
            "UPDATE content_versions SET published = @true, published_utc = @at WHERE content_item_id = @id AND content_item_version_id = @version",
            cancellationToken,
            ("@id", contentItemId),
            ("@version", contentItemVersionId),
            ("@true", true),
            ("@at", sql.Dialect.ToDbTime(publishedUtc)));
        if (changed != 1)
        {
            throw new ContentNotFoundException(contentItemId, $"version {contentItemVersionId}");
        }

        await RefreshDerivedRowsAsync(contentItemId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            "UPDATE content_versions SET published = @false WHERE content_item_id = @id AND published",
            cancellationToken,
            ("@id", contentItemId),
            ("@false", false));
        await RefreshDerivedRowsAsync(contentItemId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string contentItemId, string deletedBy, DateTimeOffset deletedUtc, CancellationToken cancellationToken = default)
    {
        await sql.ExecuteAsync(
            "UPDATE content_items SET deleted_utc = @at, deleted_by = @by WHERE content_item_id = @id AND deleted_utc IS NULL",
            cancellationToken,
            ("@id", contentItemId),
            ("@at", sql.Dialect.ToDbTime(deletedUtc)),
            ("@by", deletedBy));
        await sql.ExecuteAsync("UPDATE content_versions SET deleted = @true WHERE content_item_id = @id", cancellationToken, ("@id", contentItemId), ("@true", true));
        await sql.ExecuteAsync("DELETE FROM content_slugs WHERE content_item_id = @id", cancellationToken, ("@id", contentItemId));
        await sql.ExecuteAsync("DELETE FROM content_field_index WHERE content_item_id = @id", cancellationToken, ("@id", contentItemId));
        await search.SyncItemAsync(contentItemId, cancellationToken);
    }

    private async Task InsertVersionAsync(ContentItem version, IReadOnlyList<IndexedFieldValue> index, SearchDocument? searchDocument, CancellationToken cancellationToken)
    {
        // PublishAsync is the one statement that makes a version published, so that every path to readers passes the
        // signature check in front of it (see ContentWriter.PublishVersionAsync).
        if (version.Published)
        {
            throw new ArgumentException("A version is written unpublished; PublishAsync is the one way to publish it.", nameof(version));
        }

        // The item's owner, creation time, deletion, culture, set and source are copied from the item row, whatever the version
        // says, and the review date from the approvals of the same content (a restored version keeps the signatures of its text).
        var inserted = await sql.ExecuteAsync(
            $"""
            INSERT INTO content_versions (content_item_version_id, content_item_id, content_type, version_number, latest, published,
                display_text, slug, author, modified_utc, published_utc, content_hash, fields, workflow_status, owner, created_utc, deleted, reviewed_utc,
                culture, localization_set, translation_of, source_version_id)
            SELECT @version, @id, @type, @number, @latest, @published, @display, @slug, @author, @modified, @publishedUtc, @hash, @fields, @status,
                i.owner, i.created_utc, i.deleted_utc IS NOT NULL,
                (SELECT MAX(a.signed_utc) FROM approvals a WHERE a.content_item_id = @id AND a.content_hash = @hash AND a.voided_utc IS NULL AND a.kind IN {SqlWorkflowRepository.ReviewKinds}),
                i.culture, i.localization_set, i.translation_of, @sourceVersion
            FROM content_items i WHERE i.content_item_id = @id
            """,
            cancellationToken,
            ("@version", version.ContentItemVersionId),
            ("@id", version.ContentItemId),
            ("@type", version.ContentType),
            ("@number", version.Version),
            ("@latest", version.Latest),
            ("@published", false),
            ("@display", version.DisplayText),
            ("@slug", version.Slug),
            ("@author", version.Author),
            ("@modified", sql.Dialect.ToDbTime(version.ModifiedUtc)),
            ("@publishedUtc", sql.Dialect.ToDbTime(version.PublishedUtc)),
            ("@hash", version.ContentHash),
            ("@fields", version.Fields.ToCanonicalJson()),
            ("@status", version.Status),
            ("@sourceVersion", version.SourceVersionId));
        if (inserted != 1)
        {
            throw new ContentNotFoundException(version.ContentItemId);
        }

        foreach (var row in index)
        {
            await sql.ExecuteAsync(
                """
                INSERT INTO content_field_index (content_item_version_id, content_item_id, content_type, field_name, text_value, number_value, bool_value)
                VALUES (@version, @id, @type, @field, @text, @number, @bool)
                """,
                cancellationToken,
                ("@version", version.ContentItemVersionId),
                ("@id", version.ContentItemId),
                ("@type", version.ContentType),
                ("@field", row.Field),
                ("@text", row.Text),
                ("@number", row.Number),
                ("@bool", row.Boolean));
        }

        if (searchDocument is not null)
        {
            await search.InsertDocumentAsync(version.ContentItemVersionId, searchDocument, cancellationToken);
        }
    }

    // Slugs, index rows and search index membership exist only for the versions readers or editors can reach (latest,
    // published): rebuilt from those two after every change of an item, so they can never drift from the flags.
    private async Task RefreshDerivedRowsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        // Conflicts are looked for before writing rather than caught after: PostgreSQL aborts the whole
        // transaction on a constraint violation, so no query could run afterwards to name the slug. Writers
        // are serialized, so nothing can take the slug between this check and the insert below.
        var taken = await sql.QueryAsync(
            """
            SELECT v.content_type, v.slug FROM content_versions v
            JOIN content_slugs s ON s.content_type = v.content_type AND s.culture = v.culture AND s.slug = v.slug AND s.content_item_id <> v.content_item_id
            WHERE v.content_item_id = @id AND (v.latest OR v.published)
            ORDER BY v.latest DESC
            """,
            r => (Type: r.GetString(0), Slug: r.GetString(1)),
            cancellationToken,
            ("@id", contentItemId));
        if (taken.Count > 0)
        {
            throw new DuplicateSlugException(taken[0].Type, taken[0].Slug, null);
        }

        await sql.ExecuteAsync(
            """
            DELETE FROM content_field_index WHERE content_item_id = @id AND content_item_version_id IN
                (SELECT content_item_version_id FROM content_versions WHERE content_item_id = @id AND NOT latest AND NOT published)
            """,
            cancellationToken,
            ("@id", contentItemId));
        await sql.ExecuteAsync("DELETE FROM content_slugs WHERE content_item_id = @id", cancellationToken, ("@id", contentItemId));
        // One statement again: SQLite 3.35.5 returned the same row twice for this DISTINCT over an OR of two partial
        // indexes (an item then collided with its own slug); 3.53 does not. Conflicts with other items were refused
        // above, before any write, because PostgreSQL aborts a transaction on a failed statement.
        await sql.ExecuteAsync(
            """
            INSERT INTO content_slugs (content_type, culture, slug, content_item_id)
            SELECT DISTINCT content_type, culture, slug, content_item_id FROM content_versions
            WHERE content_item_id = @id AND (latest OR published) AND slug IS NOT NULL
            """,
            cancellationToken,
            ("@id", contentItemId));

        await search.SyncItemAsync(contentItemId, cancellationToken);
    }

    // The guard in force for this repository's published reads: only in a read session with the store's caches.
    private PublishedVersionGuard? Guard => snapshot && owner is not null && caches?.Guard is { IsActive: true } guard && generation is not null ? guard : null;

    private async Task<List<ContentItem>> GuardedAsync(bool published, Func<Task<List<ContentItem>>> read, CancellationToken cancellationToken)
    {
        if (!published || Guard is not { } guard)
        {
            return await read();
        }

        await BeginGuardAsync(cancellationToken);
        var rows = await read();
        var withheld = await EndGuardAsync(guard, rows, cancellationToken);
        return withheld.Count == 0 ? rows : rows.Where(r => !withheld.Contains(r.ContentItemVersionId)).ToList();
    }

    private async Task BeginGuardAsync(CancellationToken cancellationToken)
    {
        _guardGeneration = await generation!.GetAsync(cancellationToken);
        _unverified = [];
    }

    private async Task<IReadOnlySet<string>> EndGuardAsync(PublishedVersionGuard guard, IReadOnlyList<ContentItem> read, CancellationToken cancellationToken)
    {
        var fresh = _unverified!;
        _unverified = null;
        return await guard.WithheldAsync(owner!, _guardGeneration, fresh, read, cancellationToken);
    }

    // A version's fields: from the parsed-fields cache, except for a published version the guard has not judged at this
    // generation, whose stored fields are parsed afresh (what the guard judges is what the database holds) and replace the
    // cached ones (so what is served afterwards is what was judged).
    private ContentFields FieldsOf(DbDataReader r, string versionId, bool published)
    {
        if (caches is null)
        {
            return ContentFields.Parse(r.GetString(14));
        }

        if (_unverified is not null && published && caches.Guard.VerdictAt(versionId, _guardGeneration) is null)
        {
            var fresh = ContentFields.Parse(r.GetString(14));
            caches.Fields.Replace(versionId, fresh);
            return fresh;
        }

        return caches.Fields.Get(versionId, () => r.GetString(14), keep: snapshot);
    }

    private ContentItem ReadVersion(DbDataReader r)
    {
        var version = ReadRow(r);
        if (_unverified is not null && version.Published && caches!.Guard.VerdictAt(version.ContentItemVersionId, _guardGeneration) is null)
        {
            _unverified.Add(version);
        }

        return version;
    }

    private ContentItem ReadRow(DbDataReader r) => new()
    {
        ContentItemVersionId = r.GetString(0),
        ContentItemId = r.GetString(1),
        ContentType = r.GetString(2),
        Version = r.GetInt32(3),
        Latest = r.GetBoolean(4),
        Published = r.GetBoolean(5),
        DisplayText = r.GetString(6),
        Slug = r.IsDBNull(7) ? null : r.GetString(7),
        Owner = r.GetString(8),
        Author = r.GetString(9),
        CreatedUtc = sql.Dialect.ReadTime(r, 10),
        ModifiedUtc = sql.Dialect.ReadTime(r, 11),
        PublishedUtc = sql.Dialect.ReadNullableTime(r, 12),
        ContentHash = r.GetString(13),
        Fields = FieldsOf(r, r.GetString(0), r.GetBoolean(5)),
        Status = r.GetString(15),
        Culture = r.GetString(16),
        LocalizationSet = r.GetString(17),
        TranslationOf = r.IsDBNull(18) ? null : r.GetString(18),
        SourceVersionId = r.IsDBNull(19) ? null : r.GetString(19),
    };

    private static (string List, (string, object?)[] Parameters) InList(string prefix, IEnumerable<string> values)
    {
        var parameters = values.Distinct(StringComparer.Ordinal).Select((v, i) => ($"@{prefix}{i}", (object?)v)).ToArray();
        return (string.Join(", ", parameters.Select(p => p.Item1)), parameters);
    }
}
